using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>Read shapes on each provider: their own columns only, one command, and the same values in memory and in SQL.</summary>
public sealed class ReadShapeTests
{
    public static TheoryData<Provider, int> ProvidersAndRowCounts => ProviderCases.With(1, 50);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TheShapesSqlSelectsOnlyItsColumnsAndNeverTheSecret(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();

        var sql = db.Users.SelectUserListItem().ToQueryString();

        Assert.DoesNotContain("HashedPassword", sql);
        // CoachId is read by the join to the coach, not selected.
        Assert.Equal(["Address_City", "CoachId", "DisplayName", "Email", "Id"], SqlColumns.Of(sql)["Users"].Order().ToArray());
        Assert.Equal(["Id", "OwnerId", "Title"], SqlColumns.Of(sql)["Assessments"].Order().ToArray());
        // SQLite writes COUNT(*), Npgsql count(*)::int.
        Assert.Contains("COUNT(*)", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndRowCounts))]
    public void AShapeIsOneCommandForOneRootAndForFifty(Provider provider, int users)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, users);
        using var db = database.CreateContext();
        database.Counter.Commands.Clear();

        var items = db.Users.OrderBy(u => u.Email).SelectUserListItem().ToList();

        Assert.Equal(users, items.Count);
        Assert.Single(database.Counter.Commands);
        Assert.All(items, item => Assert.Equal(2, item.AssessmentsCount));
        Assert.All(items.SelectMany(i => i.Assessments), card => Assert.Equal(card.QuestionsCount, card.Questions.Length));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ToShapeOnLoadedEntitiesEqualsSelectShape(Provider provider)
    {
        // Tracked, so fix-up sets each assessment's Owner from the loaded users.
        using var database = TestDatabase.Create(provider);
        Seed(database, 12);
        using var db = database.CreateContext();
        var selected = db.Users.OrderBy(u => u.Email).SelectUserListItem().ToList();
        var loaded = db.Users
            .Include(u => u.Coach)
            .Include(u => u.Assessments).ThenInclude(a => a.Questions)
            .OrderBy(u => u.Email)
            .AsEnumerable()
            .Select(u => u.ToUserListItem())
            .ToList();

        Assert.Equal(Canonical(loaded), Canonical(selected));
        Assert.Contains(selected, s => s.CoachDisplayName is not null);
        Assert.Contains(selected, s => s.AddressCity is null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void DtoModelCheckCoversTheShapes(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();

        Assert.Empty(DtoModelCheck.Problems(db));
    }

    private static void Seed(TestDatabase database, int count)
    {
        using var db = database.CreateContext();
        var coach = new User { Id = Guid.NewGuid(), Email = "coach@example.com", DisplayName = "Coach", HashedPassword = "secret" };
        db.Users.Add(coach);
        for (var i = 0; i < count - 1; i++)
        {
            var user = new User
            {
                Id = Guid.NewGuid(),
                Email = $"user{i:D3}@example.com",
                HashedPassword = "hash" + i,
                DisplayName = i % 2 == 0 ? null : "User " + i,
                Coach = i % 3 == 0 ? coach : null,
                Address = i % 4 == 0 ? null : new Address { City = "City " + i },
            };
            db.Users.Add(user);
        }

        db.SaveChanges();
        foreach (var owner in db.Users.ToList())
        {
            for (var a = 0; a < 2; a++)
            {
                var assessment = new Assessment { Id = Guid.NewGuid(), Title = $"Assessment {a} of {owner.Email}", Owner = owner };
                for (var q = 0; q <= a; q++)
                {
                    assessment.Questions.Add(new Question { Id = Guid.NewGuid(), Text = "Q" + q, Order = q + 1 });
                }

                db.Assessments.Add(assessment);
            }
        }

        db.SaveChanges();
    }

    /// <summary>SQL gives nested rows in no promised order (PostgreSQL returns a user's questions in another order than SQLite); sort them by id before comparing values.</summary>
    private static string Canonical(IEnumerable<UserListItem> items) => JsonSerializer.Serialize(items.Select(i => i with
    {
        Assessments = i.Assessments.OrderBy(a => a.Id).Select(a => a with { Questions = a.Questions.OrderBy(q => q.Id).ToArray() }).ToList(),
    }));
}
