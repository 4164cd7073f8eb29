using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace EntityDtoGen.Behavior.Tests.Domain;

/// <summary>The database engines the behaviour tests run on.</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A fresh database with <see cref="TestDbContext"/>'s schema on one provider, for a test body that runs on each of
/// <see cref="Providers"/>. A context of another type on the same database creates its own tables
/// (<c>IRelationalDatabaseCreator.CreateTables()</c>): <c>EnsureCreated</c> does nothing once the database has tables.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>A PostgreSQL server without a database (<c>Host=…;Port=…;Username=…;Password=…</c>); .ci/run starts one.</summary>
    public const string PostgresVariable = "ENTITYDTOGEN_POSTGRES";

    private protected TestDatabase(Provider provider) => Provider = provider;

    /// <summary>SQLite always; PostgreSQL when <see cref="PostgresVariable"/> is set, and then a server that cannot be reached fails the test.</summary>
    public static TheoryData<Provider> Providers
    {
        get
        {
            var providers = new TheoryData<Provider> { Provider.Sqlite };
            if (PostgresServer is not null)
            {
                providers.Add(Provider.PostgreSql);
            }

            return providers;
        }
    }

    public Provider Provider { get; }

    public CommandCounter Counter { get; } = new();

    /// <summary>A connection string for this database, for tests that open separate contexts in parallel.</summary>
    public abstract string ConnectionString { get; }

    private static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    /// <summary>A fresh empty database with <see cref="TestDbContext"/>'s schema.</summary>
    public static TestDatabase Create(Provider provider)
    {
        TestDatabase database = provider switch
        {
            Provider.Sqlite => new SqliteTestDatabase(),
            Provider.PostgreSql => new PostgresTestDatabase(PostgresServer ?? throw new InvalidOperationException($"Set {PostgresVariable} to run the PostgreSQL tests.")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        try
        {
            using var db = database.CreateContext();
            db.Database.EnsureCreated();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public TestDbContext CreateContext() => new(Options<TestDbContext>());

    /// <summary>Options for another context type on the same database, with the same provider and counter.</summary>
    public DbContextOptions<TContext> Options<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        UseProvider(builder);
        return builder.AddInterceptors(Counter).Options;
    }

    public abstract void Dispose();

    private protected abstract void UseProvider(DbContextOptionsBuilder builder);
}

/// <summary>A SQLite file rather than an in-memory database, so that contexts on separate connections share it.</summary>
internal sealed class SqliteTestDatabase() : TestDatabase(Provider.Sqlite)
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"edg_{Guid.NewGuid():N}.db");

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path }.ToString();

    public override void Dispose()
    {
        // Pooled connections keep the file open.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        File.Delete(_path);
    }

    private protected override void UseProvider(DbContextOptionsBuilder builder) => builder.UseSqlite(ConnectionString);
}

/// <summary>A database of its own on the server (<c>edg_&lt;guid&gt;</c>), created here and dropped on dispose.</summary>
internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = $"edg_{Guid.NewGuid():N}";

    public PostgresTestDatabase(string server)
        : base(Provider.PostgreSql)
    {
        _server = server;
        Execute($"""CREATE DATABASE "{_name}" """);
    }

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name, IncludeErrorDetail = true }.ToString();

    public override void Dispose()
    {
        // Pooled connections keep the database in use; FORCE ends any that a test left open.
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"""DROP DATABASE IF EXISTS "{_name}" WITH (FORCE)""");
    }

    private protected override void UseProvider(DbContextOptionsBuilder builder) => builder.UseNpgsql(ConnectionString);

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>Theory cases for a test that also takes a value: each of <see cref="TestDatabase.Providers"/> with each value.</summary>
public static class ProviderCases
{
    public static TheoryData<Provider, int> With(params int[] values)
    {
        var cases = new TheoryData<Provider, int>();
        foreach (var provider in TestDatabase.Providers)
        {
            foreach (var value in values)
            {
                cases.Add(provider, value);
            }
        }

        return cases;
    }
}
