using System;
using System.Linq;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests.HiddenConfiguration;

[GenerateDtos]
public class Member
{
    public int Id { get; set; }

    public required string Email { get; set; }

    [Secret]
    public string PasswordHash { get; set; } = "";

    public string? Nickname { get; set; }

    public int Points { get; set; }
}

/// <summary>
/// Configuration applied in a loop over the model, as teams do for conventions: no source the generator can read says
/// which entity it touches, so the DTOs keep <c>Nickname</c> and accept <c>Points</c>.
/// </summary>
public sealed class LoopConfiguredContext(DbContextOptions<LoopConfiguredContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entityType.ClrType.GetProperty("Nickname") is not null)
            {
                modelBuilder.Entity(entityType.ClrType).Ignore("Nickname");
            }

            if (entityType.ClrType.GetProperty("Points") is not null)
            {
                modelBuilder.Entity(entityType.ClrType).Property("Points").HasDefaultValueSql("0");
            }
        }
    }
}

/// <summary>A context for another part of the application, which maps none of the entities that have DTOs.</summary>
public sealed class UnrelatedContext(DbContextOptions<UnrelatedContext> options) : DbContext(options)
{
    public DbSet<AuditRecord> Records => Set<AuditRecord>();
}

public class AuditRecord
{
    public int Id { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// What static reading cannot see, the run time catches: DtoModelCheck names it against each provider's model, and
/// SelectRead refuses to run.
/// </summary>
public sealed class HiddenConfigurationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void DtoModelCheckNamesEveryDifference(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = new LoopConfiguredContext(database.Options<LoopConfiguredContext>());

        Assert.Equal(
            [
                "MemberRead.Nickname reads Member.Nickname, which EF Core does not map.",
                "MemberCreate.Nickname writes Member.Nickname, which EF Core does not map.",
                "MemberCreate.Points accepts Member.Points from the client, but the database or EF Core generates it (ValueGenerated.OnAdd).",
                "MemberUpdate.Nickname writes Member.Nickname, which EF Core does not map.",
                "MemberUpdate.Points accepts Member.Points from the client, but the database or EF Core generates it (ValueGenerated.OnAdd).",
            ],
            DtoModelCheck.Problems(db));
        var error = Assert.Throws<InvalidOperationException>(() => DtoModelCheck.Verify(db));
        Assert.Contains("LoopConfiguredContext", error.Message);
        Assert.Contains("- MemberRead.Nickname reads Member.Nickname, which EF Core does not map.", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void DtoModelCheckSaysSoWhenTheContextMapsNoneOfTheEntities(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = new UnrelatedContext(database.Options<UnrelatedContext>());

        Assert.Equal(["No entity that this assembly's DTOs and shapes are for is an entity type of UnrelatedContext."], DtoModelCheck.Problems(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SelectReadThrowsInsteadOfLoadingTheSecretColumn(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = new LoopConfiguredContext(database.Options<LoopConfiguredContext>());

        // Without the check, EF Core evaluates the unmapped member on the client and selects every column.
        Assert.Contains("PasswordHash", db.Members.AsNoTracking().Select(MemberRead.Projection).ToQueryString());

        var error = Assert.Throws<InvalidOperationException>(() => db.Members.SelectRead());
        Assert.Contains("MemberRead.Nickname reads Member.Nickname, which EF Core does not map.", error.Message);
        Assert.Contains("secret", error.Message);
    }

    [Fact]
    public void SelectReadOverAnInMemoryListIsNotChecked()
    {
        var members = new[] { new Member { Id = 1, Email = "a@example.com", Nickname = "A" } }.AsQueryable();

        Assert.Equal("A", Assert.Single(members.SelectRead()).Nickname);
    }
}
