using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using EntityDtoGen.Tests.Infrastructure;
using Xunit;

namespace EntityDtoGen.Tests.RealModels;

/// <summary>
/// The generated code for three models written the way real teams write them (tests/RealModels): configured in code,
/// DDD entities, an auditable base class filled in by an interceptor, an IdentityUser subclass. Each must compile with
/// zero diagnostics for net10.0 and net8.0 (C# 12), regenerate fully cached, and report exactly the warnings listed.
/// </summary>
public sealed class RealModelSnapshotTests
{
    [Fact]
    public void Commerce() => Verify("Commerce", identity: false, []);

    /// <summary>
    /// The DDD model says what it cannot serve: aggregates whose constructors take more than they store get no Create,
    /// entities with only private setters no Update, and a payment method's card number is a secret no DTO carries.
    /// </summary>
    [Fact]
    public void Ordering() => Verify("Ordering", identity: false, [
        "EDG012 'OrderItem' gets no OrderItemUpdate: no property has a public setter and may be changed by a client",
        "EDG013 'PaymentMethod' gets no PaymentMethodCreate: no public constructor binds (PaymentMethod(int cardTypeId, string alias, string cardNumber, string securityNumber, string cardHolderName, DateTime expiration): "
            + "'cardNumber' binds 'CardNumber', which is secret, and PaymentMethodDtoMappings has no CreateCardNumber method, 'securityNumber' binds 'SecurityNumber', which is secret, and PaymentMethodDtoMappings has no CreateSecurityNumber method)",
        "EDG012 'PaymentMethod' gets no PaymentMethodUpdate: no property has a public setter and may be changed by a client",
        "EDG013 'Order' gets no OrderCreate: no public constructor binds (Order(string userId, string userName, Address address, int cardTypeId, string cardNumber, string cardHolderName, DateTime cardExpiration): "
            + "'userId' matches no property, 'userName' matches no property, 'cardTypeId' matches no property, 'cardNumber' matches no property, 'cardHolderName' matches no property, 'cardExpiration' matches no property)",
        "EDG012 'Order' gets no OrderUpdate: no property has a public setter and may be changed by a client",
        "EDG013 'Buyer' gets no BuyerCreate: no public constructor binds (Buyer(string identity, string name): 'identity' matches no property)",
        "EDG012 'CardType' gets no CardTypeUpdate: no property has a public setter and may be changed by a client",
    ]);

    [Fact]
    public void CleanArch() => Verify("CleanArch", identity: true, []);

    private static void Verify(string folder, bool identity, string[] expectedDiagnostics, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var targets = TargetFramework.All.Select(t => identity ? t.WithEntityFrameworkCore().WithIdentity() : t.WithEntityFrameworkCore()).ToArray();
        var run = GeneratorHarness.RunAndAssertClean(targets, RealModelSources.Read(folder));

        // ModelChecks, DtoIncludes and DtoUpsert do not depend on the entities; GeneratorSnapshotTests.SeedDomainWithEfCore
        // and UpsertConflictTargets hold their one snapshot each.
        Snapshot.MatchAll(run.GeneratedFiles.Where(f => f.HintName is not ("EntityDtoGen.ModelChecks.g.cs" or "EntityDtoGen.DtoIncludes.g.cs" or "EntityDtoGen.DtoUpsert.g.cs")), file, test);
        var actual = run.AnalyzerDiagnostics().Select(d => d.Id + " " + d.GetMessage()).ToArray();
        Assert.True(expectedDiagnostics.SequenceEqual(actual), "The analyzer reported:\n" + string.Join("\n", actual));
    }
}

/// <summary>The corpus's source files, read from the repository.</summary>
public static class RealModelSources
{
    public static string[] Read(string folder)
    {
        var directory = Path.Combine(Root(AppContext.BaseDirectory), "tests", "RealModels", folder);
        return Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }

    private static string Root(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EntityDtoGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EntityDtoGen.sln not found above " + start);
    }
}
