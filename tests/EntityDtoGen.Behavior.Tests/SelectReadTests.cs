using System;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary><c>SelectRead</c> translated by EF Core against a real SQLite database.</summary>
public sealed class SelectReadTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void SqlReadsOnlyReadMembersAndNeverTheSecret()
    {
        using var db = _database.CreateContext();

        var sql = db.Users.SelectRead().ToQueryString();

        Assert.DoesNotContain("HashedPassword", sql);
        Assert.Equal(
            ["Address_City", "CoachId", "CreatedAt", "DisplayName", "Email", "Id", "Role"],
            SqlColumns.Of(sql)["Users"].Order().ToArray());
        SqlColumns.AssertOnlyReadMembers(sql);
    }

    [Fact]
    public void SelectReadReturnsWhatToReadReturnsInOneCommand()
    {
        Seed(50);
        using var db = _database.CreateContext();
        var expected = db.Users.AsNoTracking().IncludeForRead().OrderBy(u => u.Email).AsEnumerable().Select(u => u.ToRead()).ToList();
        _database.Counter.Commands.Clear();

        var projected = db.Users.OrderBy(u => u.Email).SelectRead().ToList();

        Assert.Equal(50, projected.Count);
        // Address is an owned class, compared by reference in the record's equality; JSON compares its values.
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(projected));
        Assert.Contains(projected, r => r.Address?.City == "City 1");
        var command = Assert.Single(_database.Counter.Commands);
        Assert.DoesNotContain("HashedPassword", command);
    }

    [Fact]
    public void CreatedEntitiesRoundTripThroughTheDatabase()
    {
        using (var db = _database.CreateContext())
        {
            db.Users.Add(new UserCreate { Email = "round@example.com", Password = "longenough", DisplayName = "R" }.ToEntity());
            db.SaveChanges();
        }

        using (var db = _database.CreateContext())
        {
            var read = db.Users.Where(u => u.Email == "round@example.com").SelectRead().Single();
            var stored = db.Users.Single(u => u.Email == "round@example.com");

            Assert.Equal("R", read.DisplayName);
            Assert.Equal(FakeHasher.Hash("longenough"), stored.HashedPassword);
            Assert.NotEqual(Guid.Empty, read.Id);
        }
    }

    private void Seed(int count)
    {
        using var db = _database.CreateContext();
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
