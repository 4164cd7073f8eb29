using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Threading.Tasks;
using EntityDtoGen.Behavior.Tests.Domain;
using EntityDtoGen.Behavior.Tests.Upserts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Xunit;

namespace EntityDtoGen.Behavior.Tests
{
    /// <summary>The generated <c>UpsertAsync</c>: one statement, atomic under concurrency, on SQLite and PostgreSQL.</summary>
    public sealed class UpsertTests
    {
        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task TheInsertPathStoresTheRowInOneStatement(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            database.Counter.Commands.Clear();

            var read = await db.Members.UpsertAsync(new MemberCreate { Email = "ada@example.com", Nickname = "ada", DisplayName = "Ada" });

            var command = Assert.Single(database.Counter.Commands);
            Assert.Equal(MemberUpsertSql, command.TrimEnd());
            Assert.NotEqual(Guid.Empty, read.Id);
            Assert.Equal(("ada@example.com", "ada", "Ada"), (read.Email, read.Nickname, read.DisplayName));
            var stored = await db.Members.AsNoTracking().SingleAsync();
            Assert.Equal(read.Id, stored.Id);
            Assert.Equal(read.CreatedAt, stored.CreatedAt);
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task TheUpdatePathChangesOnlyWhatUpdateCarries(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            var first = await db.Members.UpsertAsync(new MemberCreate { Email = "ada@example.com", Nickname = "first", DisplayName = "Ada" });
            await Task.Delay(10);

            var second = await db.Members.UpsertAsync(new MemberCreate { Email = "ada@example.com", Nickname = "second", DisplayName = "Countess" });

            // The key (generated), the create-only nickname and the creation time (set by a hook) keep their first values.
            Assert.Equal(first.Id, second.Id);
            Assert.Equal("first", second.Nickname);
            Assert.Equal(first.CreatedAt, second.CreatedAt);
            Assert.Equal("Countess", second.DisplayName);
            var stored = await db.Members.AsNoTracking().SingleAsync();
            Assert.Equal(("first", "Countess", first.CreatedAt), (stored.Nickname, stored.DisplayName, stored.CreatedAt));
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task ACompositeKeyIsTheConflictTarget(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            await db.Enrollments.UpsertAsync(new EnrollmentCreate { CourseId = 1, StudentId = 7, Grade = 3 });
            await db.Enrollments.UpsertAsync(new EnrollmentCreate { CourseId = 2, StudentId = 7, Grade = 4 });

            var updated = await db.Enrollments.UpsertAsync(new EnrollmentCreate { CourseId = 1, StudentId = 7, Grade = 1 });

            Assert.Equal(1, updated.Grade);
            var rows = await db.Enrollments.AsNoTracking().OrderBy(e => e.CourseId).Select(e => new { e.CourseId, e.Grade }).ToListAsync();
            Assert.Equal([new { CourseId = 1, Grade = (int?)1 }, new { CourseId = 2, Grade = (int?)4 }], rows);
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task AClientKeyIsTheConflictTarget(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            await db.Settings.UpsertAsync(new SettingCreate { Name = "theme", Value = "light" });

            var updated = await db.Settings.UpsertAsync(new SettingCreate { Name = "theme", Value = "dark" });

            Assert.Equal("dark", updated.Value);
            Assert.Equal("dark", (await db.Settings.AsNoTracking().SingleAsync()).Value);
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task AReadDtoThatNestsIsReadBackWithItsProjection(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            await db.Teams.UpsertAsync(new TeamCreate { Code = "red", Name = "Red" });
            db.Players.AddRange(new Player { TeamCode = "red", Name = "P1" }, new Player { TeamCode = "red", Name = "P2" });
            await db.SaveChangesAsync();
            database.Counter.Commands.Clear();

            var read = await db.Teams.UpsertAsync(new TeamCreate { Code = "red", Name = "Reds" });

            Assert.Equal("Reds", read.Name);
            Assert.Equal(["P1", "P2"], read.Players.Select(p => p.Name).Order().ToArray());
            Assert.Equal(2, database.Counter.Commands.Count);
            Assert.StartsWith("INSERT INTO", database.Counter.Commands[0]);
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task ConcurrentUpsertsOfOneKeyLeaveOneRowAndNeverFail(Provider provider)
        {
            using var database = Create(provider);
            var inputs = Enumerable.Range(0, 16).Select(i => new MemberCreate { Email = "race@example.com", Nickname = "n" + i, DisplayName = "Name " + i }).ToArray();

            // Each upsert on its own context and connection, all released at once.
            var start = new TaskCompletionSource();
            var upserts = inputs.Select(async input =>
            {
                await using var db = new UpsertDb(database.Options<UpsertDb>());
                await start.Task;
                return await db.Members.UpsertAsync(input);
            }).ToArray();
            start.SetResult();
            var results = await Task.WhenAll(upserts);

            await using var check = new UpsertDb(database.Options<UpsertDb>());
            var row = await check.Members.AsNoTracking().SingleAsync();
            Assert.Single(results.Select(r => r.Id).Distinct());
            Assert.Contains(inputs, input => input.DisplayName == row.DisplayName);
            Assert.Contains(inputs, input => input.Nickname == row.Nickname);
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task HostileStringsAreStoredVerbatim(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());
            string[] values = ["Robert'); DROP TABLE \"Settings\";--", "a;b\" OR \"1\"=\"1", "excluded.\"Value\"", "Zoë ✓ 日本 🚀", "$1 @p0 ?"];

            foreach (var value in values)
            {
                await db.Settings.UpsertAsync(new SettingCreate { Name = value, Value = value });
                await db.Settings.UpsertAsync(new SettingCreate { Name = value, Value = value + "!" });
            }

            var stored = await db.Settings.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
            Assert.Equal(values.Order(StringComparer.Ordinal).ToArray(), stored.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray());
            Assert.All(stored, s => Assert.Equal(s.Name + "!", s.Value));
        }

        [Fact]
        public async Task OtherProvidersAreRefused()
        {
            var options = new DbContextOptionsBuilder<UpsertDb>().UseInMemoryDatabase(Guid.NewGuid().ToString()).Options;
            await using var db = new UpsertDb(options);

            var error = await Assert.ThrowsAsync<NotSupportedException>(() => db.Settings.UpsertAsync(new SettingCreate { Name = "theme", Value = "dark" }));

            Assert.Contains("SQLite and PostgreSQL only", error.Message);
            Assert.Contains("Microsoft.EntityFrameworkCore.InMemory", error.Message);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public async Task TheEntityIsNotLeftTracked(Provider provider)
        {
            using var database = Create(provider);
            await using var db = new UpsertDb(database.Options<UpsertDb>());

            await db.Members.UpsertAsync(new MemberCreate { Email = "ada@example.com" });
            await db.Settings.UpsertAsync(new SettingCreate { Name = "theme", Value = "dark" });

            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(0, await db.SaveChangesAsync());
        }

        private static TestDatabase Create(Provider provider)
        {
            var database = TestDatabase.Create(provider);
            using var db = new UpsertDb(database.Options<UpsertDb>());
            db.GetService<IRelationalDatabaseCreator>().CreateTables();
            return database;
        }

        /// <summary>
        /// The statement as the provider receives it: identifiers quoted by the provider, every value a parameter. SQLite and
        /// Npgsql quote identifiers and name parameters alike, so both receive this text.
        /// </summary>
        private const string MemberUpsertSql = """
            INSERT INTO "Members" ("Id", "CreatedAt", "DisplayName", "Email", "Nickname")
            VALUES (@p0, @p1, @p2, @p3, @p4)
            ON CONFLICT ("Email") DO UPDATE SET "DisplayName" = excluded."DisplayName"
            RETURNING *
            """;
    }
}

namespace EntityDtoGen.Behavior.Tests.Upserts
{
    /// <summary>A unique email is the conflict target: the key is generated, so Create does not carry it.</summary>
    [GenerateDtos, Index(nameof(Email), IsUnique = true)]
    public class Member
    {
        public Guid Id { get; set; }

        [MaxLength(200)]
        public required string Email { get; set; }

        [CreateOnly]
        public string? Nickname { get; set; }

        public string? DisplayName { get; set; }

        [ServerGenerated]
        public DateTime CreatedAt { get; set; }
    }

    public static partial class MemberDtoMappings
    {
        static partial void OnToEntity(MemberCreate source, Member entity) => entity.CreatedAt = DateTime.UtcNow;
    }

    [GenerateDtos, PrimaryKey(nameof(CourseId), nameof(StudentId))]
    public class Enrollment
    {
        public int CourseId { get; set; }

        public int StudentId { get; set; }

        public int? Grade { get; set; }
    }

    [GenerateDtos]
    public class Setting
    {
        [Key, DatabaseGenerated(DatabaseGeneratedOption.None)]
        public string Name { get; set; } = "";

        public string Value { get; set; } = "";
    }

    [GenerateDtos]
    public class Team
    {
        [Key, DatabaseGenerated(DatabaseGeneratedOption.None)]
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        [IncludeInRead]
        public List<Player> Players { get; set; } = [];
    }

    [GenerateDtos]
    public class Player
    {
        public int Id { get; set; }

        public string TeamCode { get; set; } = "";

        public string Name { get; set; } = "";
    }

    public sealed class UpsertDb(DbContextOptions<UpsertDb> options) : DbContext(options)
    {
        public DbSet<Member> Members => Set<Member>();

        public DbSet<Enrollment> Enrollments => Set<Enrollment>();

        public DbSet<Setting> Settings => Set<Setting>();

        public DbSet<Team> Teams => Set<Team>();

        public DbSet<Player> Players => Set<Player>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Team>().HasMany(t => t.Players).WithOne().HasForeignKey(p => p.TeamCode);
    }
}
