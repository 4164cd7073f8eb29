using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Sample;
using Microsoft.EntityFrameworkCore;

// An embedded SQLite file beside the app: created and seeded on first run, reused after.
var databasePath = Path.Combine(AppContext.BaseDirectory, "sample.db");
var options = new DbContextOptionsBuilder<SampleDbContext>().UseSqlite($"Data Source={databasePath}").Options;
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };

using (var db = new SampleDbContext(options))
{
    if (db.Database.EnsureCreated())
    {
        Console.WriteLine($"Created {databasePath}");
    }

    // What a client would POST: the Create DTO has no Id, CreatedAt or HashedPassword member to over-post into.
    var body = """{ "email": "ada@example.com", "password": "correct horse battery", "displayName": "Ada" }""";
    var create = JsonSerializer.Deserialize<UserCreate>(body, json)!;
    var user = create.ToEntity();
    user.Assessments.Add(new Assessment
    {
        Title = "Onboarding",
        Questions = { new Question { Text = "How did you hear about us?" }, new Question { Text = "What do you want to learn?" } },
    });
    db.Users.Add(user);
    db.SaveChanges();
    Console.WriteLine($"Created user {user.Id}; stored hash starts with {user.HashedPassword[..12]}...");

    // A PATCH: absent members stay as they are, an explicit null clears.
    var patch = JsonSerializer.Deserialize<UserUpdate>("""{ "displayName": null }""", json)!;
    patch.ApplyTo(user);
    db.SaveChanges();
}

using (var db = new SampleDbContext(options))
{
    // One SQL statement that selects only the Read members: no HashedPassword column.
    var query = db.Users.OrderBy(u => u.CreatedAt).SelectRead();
    Console.WriteLine();
    Console.WriteLine("SQL for SelectRead():");
    Console.WriteLine(query.ToQueryString());
    Console.WriteLine();
    Console.WriteLine($"{db.Users.Count()} user(s); the newest as UserRead:");
    Console.WriteLine(JsonSerializer.Serialize(query.AsEnumerable().Last(), json));

    // What a client may pass as ?include=: the allow-list, and what happens to anything else.
    Console.WriteLine();
    Console.WriteLine("Allowed ?include= paths for users: " + string.Join(", ", UserIncludes.Paths));
    try
    {
        db.Users.IncludePaths(["assessments.questions", "hashedPassword"]).ToList();
    }
    catch (ArgumentException error)
    {
        Console.WriteLine("Rejected: " + error.Message);
    }
}
