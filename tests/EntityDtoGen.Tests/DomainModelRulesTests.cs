using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>SPEC "What the generator reads" for entities written DDD-style: constructors, private setters, wrappers, fields.</summary>
public sealed class DomainModelRulesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using EntityDtoGen;

        namespace Domain;

        """;

    [Fact]
    public void ToEntityCallsTheConstructorThatBindsTheMostParametersByName()
    {
        var run = Run("""
            [GenerateDtos]
            public class Brand
            {
                protected Brand() { }

                public Brand(string name) { Name = name; }

                public Brand(string NAME, string? country, int rank = 3) { Name = NAME; Country = country; Rank = rank; }

                public int Id { get; private set; }
                public string Name { get; private set; } = "";
                public string? Country { get; private set; }
                public int Rank { get; private set; }
                public string? Slogan { get; set; }
            }
            """);

        Assert.Contains("var entity = new global::Domain.Brand(NAME: source.Name, country: source.Country, rank: source.Rank)", run.File("Domain.Brand.DtoMappings.g.cs"));
        Assert.Contains("Slogan = source.Slogan,", run.File("Domain.Brand.DtoMappings.g.cs"));
        Assert.Contains("public int Rank { get; init; } = 3;", run.File("Domain.Brand.Create.g.cs"));
        Assert.Contains("public required string Name { get; init; }", run.File("Domain.Brand.Create.g.cs"));
        Assert.Equal(["Slogan"], Members(run, "Domain.BrandUpdate"));
        Assert.Empty(run.AnalyzerDiagnostics());
    }

    [Fact]
    public void AParameterCanBeFedByASupplierButNotAcrossNullability()
    {
        var run = Run("""
            [GenerateDtos]
            public class Account
            {
                public Account(string email, string code) { Email = email; Code = code; }

                public Account(string email, string? nickname, int ignored) { Email = email; Nickname = nickname ?? ""; Code = ""; }

                public int Id { get; private set; }
                public string Email { get; private set; }
                public string Code { get; private set; }
                public string? Nickname { get; private set; }
                [Secret] public string Token { get; private set; } = "";
            }

            public static partial class AccountDtoMappings
            {
                private static string CreateCode(AccountCreate source) => source.Email.ToUpperInvariant();
            }
            """);

        Assert.Contains("new global::Domain.Account(email: source.Email, code: CreateCode(source))", run.File("Domain.Account.DtoMappings.g.cs"));
        Assert.Equal(["Email"], Members(run, "Domain.AccountCreate"));
    }

    [Fact]
    public void NoConstructorThatBindsMeansNoCreateAndAWarningNamingTheParameters()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos]
            public class Order
            {
                protected Order() { }

                public Order(string buyer, string cardNumber, Order? previous) { Buyer = buyer; }

                public int Id { get; private set; }
                public string Buyer { get; set; } = "";
            }
            """);

        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Domain.OrderCreate"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Domain.OrderUpdate"));
        Assert.DoesNotContain("ToEntity", run.File("Domain.Order.DtoMappings.g.cs"));
        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("EDG013", diagnostic.Id);
        Assert.Equal(
            "'Order' gets no OrderCreate: no public constructor binds (Order(string buyer, string cardNumber, Order? previous): 'cardNumber' matches no property, 'previous' matches no property)",
            diagnostic.GetMessage());
    }

    [Fact]
    public void ValuesTheEntitySetsItselfAreOptionalAndKeptUnlessSent()
    {
        var run = Run("""
            public enum Tier { Free, Gold }

            [GenerateDtos]
            public class Customer
            {
                public Customer() { CustomerGuid = Guid.NewGuid(); Tier = Tier.Gold; Note = Describe(); }

                public int Id { get; set; }
                [Required] public Guid CustomerGuid { get; set; }
                public Tier Tier { get; set; }
                public string Note { get; set; }
                public DateTime Since { get; set; } = DateTime.UtcNow;
                public DateTime Until { get; init; } = DateTime.UtcNow;
                public required string Name { get; set; } = "n/a";

                private static string Describe() => "new";
            }
            """);

        var create = run.File("Domain.Customer.Create.g.cs");
        Assert.Contains("public global::System.Guid? CustomerGuid { get; init; }", create);
        Assert.DoesNotContain("Required", create);
        Assert.Contains("public global::Domain.Tier Tier { get; init; } = global::Domain.Tier.Gold;", create);
        Assert.Contains("public string? Note { get; init; }", create);
        Assert.Contains("public global::System.DateTime? Since { get; init; }", create);
        Assert.Contains("public required global::System.DateTime Until { get; init; }", create);
        Assert.Contains("public required string Name { get; init; }", create);
        var mappings = run.File("Domain.Customer.DtoMappings.g.cs");
        Assert.Contains("if (source.CustomerGuid is not null)", mappings);
        Assert.Contains("entity.CustomerGuid = source.CustomerGuid.Value;", mappings);
        Assert.Contains("entity.Note = source.Note;", mappings);
        Assert.Contains("Until = source.Until,", mappings);
    }

    [Fact]
    public void AWrapperIsInNoDtoAndTheMemberItWrapsIs()
    {
        var run = Run("""
            public enum Status { Pending = 1, Active = 3 }

            [GenerateDtos]
            public class Account
            {
                private bool _done;

                public int Id { get; set; }
                public int StatusId { get; set; }
                public Status Status { get => (Status)StatusId; set => StatusId = (int)value; }
                public string First { get; set; } = "";
                public string Full { get => First + "!"; set => this.First = value.TrimEnd('!'); }
                public bool Done { get => _done; set { if (value && !_done) { Changed = true; } _done = value; } }
                public bool Changed { get; private set; }
            }
            """);

        Assert.Equal(["Done", "First", "StatusId"], Members(run, "Domain.AccountCreate").Order());
        Assert.Equal(["Changed", "Done", "First", "Id", "StatusId"], Members(run, "Domain.AccountRead").Order());
    }

    [Fact]
    public void AGetOnlyPropertyIsInNoDtoButAFieldBackedCollectionIsANavigation()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean(Usings + """
            [GenerateDtos]
            public class Line
            {
                public int Id { get; set; }
                public int Quantity { get; set; }
            }

            [GenerateDtos]
            public class Basket
            {
                private readonly List<Line> _lines = [];

                public Basket(string code) { Code = code; }

                public int Id { get; set; }
                public string Code { get; }
                public string? Owner { get; set; }

                [IncludeInRead]
                public IReadOnlyCollection<Line> Lines => _lines.AsReadOnly();
            }
            """);

        Assert.Equal(["Id", "Lines", "Owner"], Members(run, "Domain.BasketRead").Order());
        Assert.Contains("\"Lines\",", run.File("Domain.Basket.Includes.g.cs"));
        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("EDG013", diagnostic.Id);
        Assert.Contains("'code' binds 'Code', which is left out (EF Core maps no property without a setter unless the configuration names it)", diagnostic.GetMessage());
    }

    [Fact]
    public void AnIdentityUserSubclassKeepsCredentialsOutAndAccountStateServerManaged()
    {
        var targets = TargetFramework.All.Select(t => t.WithEntityFrameworkCore().WithIdentity()).ToArray();
        var run = GeneratorHarness.RunAndAssertClean(targets, [Usings + """
            [GenerateDtos]
            public class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser
            {
                public string? DisplayName { get; set; }
            }

            [GenerateDtos]
            public class ApplicationRole : Microsoft.AspNetCore.Identity.IdentityRole
            {
                public string? Description { get; set; }
            }
            """]);

        Assert.Equal(["DisplayName", "Email", "PhoneNumber", "UserName"], Members(run, "Domain.ApplicationUserCreate").Order());
        Assert.DoesNotContain("PasswordHash", Members(run, "Domain.ApplicationUserRead"));
        Assert.DoesNotContain("SecurityStamp", Members(run, "Domain.ApplicationUserRead"));
        Assert.DoesNotContain("ConcurrencyStamp", Members(run, "Domain.ApplicationUserRead"));
        Assert.Contains("LockoutEnd", Members(run, "Domain.ApplicationUserRead"));
        Assert.Equal(["Description", "Name"], Members(run, "Domain.ApplicationRoleUpdate").Order());
        Assert.DoesNotContain("ConcurrencyStamp", Members(run, "Domain.ApplicationRoleRead"));
    }

    private static GeneratorRun Run(string source) => GeneratorHarness.RunAndAssertClean(Usings + source);

    private static IReadOnlyList<string> Members(GeneratorRun run, string type) =>
        (run.OutputCompilation.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException(type + " was not generated"))
            .GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsImplicitlyDeclared && p.Name != "EqualityContract").Select(p => p.Name).ToArray();
}
