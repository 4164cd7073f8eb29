using System;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary><c>SelectRead</c> translated by EF Core against a real database, on each provider.</summary>
public sealed class SelectReadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SqlReadsOnlyReadMembersAndNeverTheSecret(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();

        var sql = db.Users.SelectRead().ToQueryString();

        Assert.DoesNotContain("HashedPassword", sql);
        Assert.Equal(
            ["Address_City", "CoachId", "CreatedAt", "DisplayName", "Email", "Id", "Role"],
            SqlColumns.Of(sql)["Users"].Order().ToArray());
        SqlColumns.AssertOnlyReadMembers(sql);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SelectReadReturnsWhatToReadReturnsInOneCommand(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        Seed(database, 50);
        using var db = database.CreateContext();
        var expected = db.Users.AsNoTracking().IncludeForRead().OrderBy(u => u.Email).AsEnumerable().Select(u => u.ToRead()).ToList();
        database.Counter.Commands.Clear();

        var projected = db.Users.OrderBy(u => u.Email).SelectRead().ToList();

        Assert.Equal(50, projected.Count);
        // Address is an owned class, compared by reference in the record's equality; JSON compares its values.
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(projected));
        Assert.Contains(projected, r => r.Address?.City == "City 1");
        var command = Assert.Single(database.Counter.Commands);
        Assert.DoesNotContain("HashedPassword", command);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CreatedEntitiesRoundTripThroughTheDatabase(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using (var db = database.CreateContext())
        {
            db.Users.Add(new UserCreate { Email = "round@example.com", Password = "longenough", DisplayName = "R" }.ToEntity());
            db.SaveChanges();
        }

        using (var db = database.CreateContext())
        {
            var read = db.Users.Where(u => u.Email == "round@example.com").SelectRead().Single();
            var stored = db.Users.Single(u => u.Email == "round@example.com");

            Assert.Equal("R", read.DisplayName);
            Assert.Equal(FakeHasher.Hash("longenough"), stored.HashedPassword);
            Assert.NotEqual(Guid.Empty, read.Id);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void GuidKeysFilterJoinAndRoundTrip(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        Guid[] ids;
        using (var db = database.CreateContext())
        {
            var users = SeedData.AddUsers(db, users: 3);
            ids = [users[0].Id, users[2].Id];
            db.UserAnswers.Add(new UserAnswer { UserId = users[0].Id, QuestionId = users[0].Assessments[0].Questions[0].Id, Score = 7 });
            db.SaveChanges();
        }

        using (var db = database.CreateContext())
        {
            var byKey = db.Users.Where(u => u.Id == ids[0]).SelectRead().Single();
            var byKeys = db.Users.Where(u => ids.Contains(u.Id)).SelectRead().ToList();
            var answer = db.UserAnswers.Where(a => a.UserId == ids[0]).SelectRead().Single();

            Assert.Equal(ids[0], byKey.Id);
            Assert.All(byKey.Assessments, a => Assert.All(a.Questions, q => Assert.Equal(a.Id, q.AssessmentId)));
            Assert.Equal(ids.Order(), byKeys.Select(u => u.Id).Order());
            Assert.Equal(7, answer.Score);
            Assert.Contains(answer.QuestionId, byKey.Assessments.SelectMany(a => a.Questions).Select(q => q.Id));
        }
    }

    private static void Seed(TestDatabase database, int count)
    {
        using var db = database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.Users.Add(new User
            {
                Id = Guid.NewGuid(),
                Email = $"user{i:D3}@example.com",
                HashedPassword = "hash" + i,
                DisplayName = i % 2 == 0 ? null : "User " + i,
                CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                Role = i % 3 == 0 ? Role.Coach : Role.Member,
                Address = i % 4 == 0 ? null : new Address { City = "City " + i },
            });
        }

        db.SaveChanges();
    }
}
