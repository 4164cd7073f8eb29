using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>
/// Nested Read DTOs on a real database, on each provider: <c>SelectRead</c> builds the whole graph in one SQL statement,
/// and <c>IncludeForRead</c> + <c>ToRead</c> builds the same graph from tracked entities.
/// </summary>
public sealed class NestedReadTests
{
    public static TheoryData<Provider, int> ProvidersAndRowCounts => ProviderCases.With(1, 50);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SelectReadEqualsIncludeForReadThenToRead(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, users: 5);
        using var db = database.CreateContext();

        var projected = db.Users.Where(u => u.Role == Role.Member).OrderBy(u => u.Email).SelectRead().ToList();
        var loaded = db.Users.Where(u => u.Role == Role.Member).OrderBy(u => u.Email).IncludeForRead().AsEnumerable().Select(u => u.ToRead()).ToList();

        Assert.Equal(5, projected.Count);
        Assert.All(projected, u => Assert.Equal(2, u.Assessments.Count));
        Assert.All(projected.SelectMany(u => u.Assessments), a => Assert.Equal(3, a.Questions.Count));
        Assert.Equal(Canonical(loaded), Canonical(projected));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndRowCounts))]
    public void SelectReadIsOneCommandWhateverTheRowCount(Provider provider, int users)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, users);
        using var db = database.CreateContext();
        database.Counter.Commands.Clear();

        var result = db.Users.SelectRead().ToList();

        Assert.Equal(users + 1, result.Count);
        var command = Assert.Single(database.Counter.Commands);
        Assert.DoesNotContain("HashedPassword", command);
        SqlColumns.AssertOnlyReadMembers(command);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void IncludeForReadIsAFixedNumberOfCommands(Provider provider)
    {
        Assert.Equal(CommandsForIncludeForRead(provider, 1), CommandsForIncludeForRead(provider, 50));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void IncludeForReadAsSplitQueryIsOneCommandPerCollectionLevel(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, users: 20);
        using var db = database.CreateContext();
        database.Counter.Commands.Clear();

        var users = db.Users.IncludeForRead().AsSplitQuery().ToList();

        Assert.Equal(21, users.Count);
        Assert.Equal(3, database.Counter.Commands.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void NestedProjectionSqlReadsOnlyReadMembersOfEveryTable(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();

        var sql = db.Users.SelectRead().ToQueryString();

        var columns = SqlColumns.Of(sql);
        Assert.Equal(["Users", "Assessments", "Questions"], columns.Keys);
        Assert.DoesNotContain("HashedPassword", sql);
        SqlColumns.AssertOnlyReadMembers(sql);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void UnloadedNavigationsMapToNullAndEmpty(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, users: 1);
        using var db = database.CreateContext();

        var assessment = db.Assessments.AsNoTracking().First();
        var user = db.Users.AsNoTracking().First(u => u.Role == Role.Member);

#pragma warning disable EDG200 // What EDG200 warns about: unloaded navigations map to empty.
        Assert.Empty(assessment.ToRead().Questions);
        Assert.Empty(user.ToRead().Assessments);
#pragma warning restore EDG200
    }

    [Fact]
    public void TheProjectionIsOneExpandedExpressionTree()
    {
        var text = UserRead.Projection.ToString();

        Assert.DoesNotContain(nameof(ProjectionInliner.Inline), text);
        Assert.Contains("Questions", text);
    }

    private static int CommandsForIncludeForRead(Provider provider, int users)
    {
        using var database = TestDatabase.Create(provider);
        using (var seeding = database.CreateContext())
        {
            SeedData.AddUsers(seeding, users);
        }

        using var db = database.CreateContext();
        database.Counter.Commands.Clear();
        var loaded = db.Users.IncludeForRead().ToList();
        Assert.Equal(users + 1, loaded.Count);
        Assert.All(loaded.Where(u => u.Role == Role.Member), u => Assert.Equal(2, u.Assessments.Count));
        return database.Counter.Commands.Count;
    }

    private static void Seed(TestDatabase database, int users)
    {
        using var db = database.CreateContext();
        SeedData.AddUsers(db, users);
    }

    /// <summary>SQL gives nested rows in no promised order; sort them by id before comparing values.</summary>
    private static string Canonical(IEnumerable<UserRead> users) => JsonSerializer.Serialize(users.Select(u => u with
    {
        Assessments = u.Assessments.OrderBy(a => a.Id).Select(a => a with { Questions = a.Questions.OrderBy(q => q.Id).ToList() }).ToList(),
    }));
}
