using System;
using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Behavior.Tests.Domain;
using EntityDtoGen.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>
/// The query-count guard on each provider: it catches the N+1 loop of docs/benchmarks.md §4, counts per context and per
/// scope, logs or throws, and lets a test assert that an operation sent one command.
/// </summary>
public sealed class QueryGuardTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TheBenchmarksNPlusOneLoopThrowsInATest(Provider provider)
    {
        using var database = Seeded(provider);
        var guard = new QueryGuard(new QueryGuardOptions { OnRepeat = QueryGuardAction.Throw });
        using var db = Context(database, guard);

        var error = Assert.Throws<QueryGuardException>(() =>
        {
            var users = db.Users.AsNoTracking().ToList();
            var result = new List<UserRead>(users.Count);
#pragma warning disable EDG201 // The N+1 loop this guard exists to catch.
            foreach (var user in users)
            {
                user.Assessments = db.Assessments.AsNoTracking().Where(a => a.OwnerId == user.Id).ToList();
                result.Add(user.ToRead());
            }
#pragma warning restore EDG201
        });

        Assert.StartsWith("N+1: the same SQL ran 6 times in one TestDbContext (limit 5)", error.Message);
        Assert.Contains("\"Assessments\"", error.Message);
        Assert.Equal(7, guard.Commands.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SelectReadIsOneCommandForEveryUser(Provider provider)
    {
        using var database = Seeded(provider);
        var guard = new QueryGuard(new QueryGuardOptions { OnRepeat = QueryGuardAction.Throw });
        using var db = Context(database, guard);

        var users = db.Users.SelectRead().ToList();

        Assert.Equal(13, users.Count);
        Assert.Single(guard.Commands);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void InLogModeTheRepeatIsLoggedOnceAndNothingThrows(Provider provider)
    {
        using var database = Seeded(provider);
        var logs = new List<string>();
        var guard = new QueryGuard(new QueryGuardOptions { RepeatLimit = 2 });
        using var db = Context(database, guard, new ListLoggerProvider(logs));

        for (var i = 0; i < 5; i++)
        {
            _ = db.Users.Count();
        }

        var warning = Assert.Single(logs);
        Assert.StartsWith("N+1: the same SQL ran 3 times in one TestDbContext (limit 2)", warning);
        Assert.Equal(5, guard.Commands.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void EachContextCountsOnItsOwnAndAScopeCountsAcrossThem(Provider provider)
    {
        using var database = Seeded(provider);
        var guard = new QueryGuard(new QueryGuardOptions { RepeatLimit = 3, OnRepeat = QueryGuardAction.Throw });
        for (var request = 0; request < 3; request++)
        {
            using var db = Context(database, guard);
            for (var i = 0; i < 3; i++)
            {
                _ = db.Users.Count();
            }
        }

        using var scope = QueryGuard.Begin("import");
        var error = Assert.Throws<QueryGuardException>(() =>
        {
            for (var request = 0; request < 2; request++)
            {
                using var db = Context(database, guard);
                _ = db.Users.Count();
                _ = db.Users.Count();
            }
        });

        Assert.Contains("in the scope 'import' (limit 3)", error.Message);
        Assert.Equal(4, scope.Commands.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ResetLetsATestCountOneOperation(Provider provider)
    {
        using var database = Seeded(provider);
        var guard = new QueryGuard();
        using var db = Context(database, guard);
        _ = db.Users.ToList();

        guard.Reset();
        _ = db.Users.Where(u => u.Email.StartsWith("user00")).SelectRead().ToList();

        Assert.Single(guard.Commands);
    }

    /// <summary>Twelve users with assessments and questions, and their coach.</summary>
    private static TestDatabase Seeded(Provider provider)
    {
        var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();
        SeedData.AddUsers(db, 12);
        return database;
    }

    private static TestDbContext Context(TestDatabase database, QueryGuard guard, ILoggerProvider? logs = null)
    {
        var options = new DbContextOptionsBuilder<TestDbContext>(database.Options<TestDbContext>()).AddQueryGuard(guard);
        if (logs is not null)
        {
            options.UseLoggerFactory(LoggerFactory.Create(builder => builder.AddProvider(logs)));
        }

        return new TestDbContext(options.Options);
    }

    /// <summary>Keeps the guard's warnings.</summary>
    private sealed class ListLoggerProvider(List<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(string category, List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category == "EntityDtoGen.QueryGuard" && logLevel == LogLevel.Warning)
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
