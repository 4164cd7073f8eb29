using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EntityDtoGen.Benchmarks.Queries;

[GenerateDtos]
public class User
{
    public int Id { get; set; }

    [EmailAddress, MaxLength(256)]
    public required string Email { get; set; }

    [Secret]
    public string HashedPassword { get; set; } = "";

    [MaxLength(100)]
    public string? DisplayName { get; set; }

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }

    [IncludeInRead]
    public List<Assessment> Assessments { get; set; } = [];
}

[GenerateDtos]
public class Assessment
{
    public int Id { get; set; }

    [MaxLength(200)]
    public required string Title { get; set; }

    public string? Description { get; set; }

    public int OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public DateTime? CompletedAt { get; set; }

    public int Score { get; set; }
}

public sealed class QueryDbContext(DbContextOptions<QueryDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Assessment> Assessments => Set<Assessment>();
}

/// <summary>Counts the commands EF Core sends.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Volatile.Write(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>An in-memory SQLite database (the connection stays open for its life), seeded with users that have assessments.</summary>
public sealed class QueryDatabase : IDisposable
{
    public const int AssessmentsPerUser = 5;

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<QueryDbContext> _options;

    public QueryDatabase(int users)
    {
        Users = users;
        _connection.Open();
        _options = new DbContextOptionsBuilder<QueryDbContext>().UseSqlite(_connection).AddInterceptors(Counter).Options;
        using (var db = CreateContext())
        {
            db.Database.EnsureCreated();
        }

        Seed(users);
    }

    public int Users { get; }

    /// <summary>Entities a full read produces: every user and every assessment.</summary>
    public int Rows => Users * (1 + AssessmentsPerUser);

    public CommandCounter Counter { get; } = new();

    public QueryDbContext CreateContext() => new(_options);

    public void Dispose() => _connection.Dispose();

    private void Seed(int users)
    {
        const int chunk = 2_000;
        var epoch = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var start = 0; start < users; start += chunk)
        {
            using var db = CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var u = start; u < Math.Min(users, start + chunk); u++)
            {
                var user = new User
                {
                    Email = $"user{u:D5}@example.com",
                    HashedPassword = "secret-" + u,
                    DisplayName = u % 2 == 0 ? null : "User " + u,
                    CreatedAt = epoch.AddMinutes(u),
                };
                for (var a = 0; a < AssessmentsPerUser; a++)
                {
                    user.Assessments.Add(new Assessment
                    {
                        Title = $"Assessment {u}.{a}",
                        Description = a % 2 == 0 ? null : "Description of assessment " + a,
                        CompletedAt = a % 3 == 0 ? null : epoch.AddDays(a),
                        Score = (u + a) % 100,
                    });
                }

                db.Users.Add(user);
            }

            db.SaveChanges();
        }
    }
}
