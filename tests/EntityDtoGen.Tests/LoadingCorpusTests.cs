using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// EDG200 and EDG201 against a corpus of method bodies, positive and negative, each marked where a diagnostic must be
/// (<c>{|EDG200:…|}</c>) and nowhere else: the analyzers must get every case exactly right, id and span.
/// </summary>
public sealed partial class LoadingCorpusTests
{
    private const string Domain = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using EntityDtoGen;
        using Microsoft.EntityFrameworkCore;

        namespace Shop;

        [GenerateDtos]
        public class User
        {
            public Guid Id { get; set; }

            public string Email { get; set; } = "";

            public Guid? CoachId { get; set; }

            public User? Coach { get; set; }

            public Address? Address { get; set; }

            [IncludeInRead]
            public List<Assessment> Assessments { get; set; } = [];
        }

        [GenerateDtos]
        public class Assessment
        {
            public Guid Id { get; set; }

            public string Title { get; set; } = "";

            public Guid OwnerId { get; set; }

            public User Owner { get; set; } = null!;

            [IncludeInRead]
            public List<Question> Questions { get; set; } = [];
        }

        [GenerateDtos]
        public class Question
        {
            public Guid Id { get; set; }

            public string Text { get; set; } = "";

            public Guid AssessmentId { get; set; }
        }

        [GenerateDtos]
        public class Tag
        {
            public int Id { get; set; }

            public string Name { get; set; } = "";
        }

        [Owned]
        public class Address
        {
            public string? City { get; set; }
        }

        public sealed class AppDb(DbContextOptions<AppDb> options) : DbContext(options)
        {
            public DbSet<User> Users => Set<User>();

            public DbSet<Assessment> Assessments => Set<Assessment>();

            public DbSet<Question> Questions => Set<Question>();

            public DbSet<Tag> Tags => Set<Tag>();
        }

        public static class Helpers
        {
            public static IQueryable<User> WithEverything(IQueryable<User> users) => users.IncludeForRead();
        }

        """;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, body) in Positive.Concat(Negative).Concat(RealisticPositive).Concat(RealisticNegative))
        {
            data.Add(name, body);
        }

        return data;
    }

    /// <summary>Each case is the body of <c>async Task&lt;object?&gt; Run(Guid id, List&lt;Guid&gt; ids, List&lt;User&gt; given, string[] include, bool flag)</c>.</summary>
    private static readonly (string Name, string Body)[] Positive =
    [
        ("200: results of a plain query mapped in Select", "var users = await db.Users.ToListAsync(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: FirstAsync", "var user = await db.Users.FirstAsync(u => u.Id == id); return {|EDG200:user.ToRead()|};"),
        ("200: FindAsync", "var user = await db.Users.FindAsync(id); return {|EDG200:user!.ToRead()|};"),
        ("200: foreach over awaited results", "var reads = new List<UserRead>(); foreach (var u in await db.Users.ToListAsync()) { reads.Add({|EDG200:u.ToRead()|}); } return reads;"),
        ("200: method group", "return db.Users.ToList().Select({|EDG200:UserDtoMappings.ToRead|}).ToList();"),
        ("200: filtered and ordered", "var users = db.Users.Where(u => u.Email != \"\").OrderBy(u => u.Email).Take(10).ToList(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: include misses the second level", "var users = await db.Users.Include(u => u.Assessments).ToListAsync(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: generated include misses the second level", "var users = db.Users.IncludeAssessments().ToList(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: static call form", "var user = db.Users.Single(u => u.Id == id); return {|EDG200:UserDtoMappings.ToRead(user)|};"),
        ("200: no tracking", "var users = await db.Users.AsNoTracking().ToArrayAsync(); return users.Select(u => {|EDG200:u.ToRead()|}).ToArray();"),
        ("200: First of the results", "var users = db.Users.ToList(); var first = users.First(); return {|EDG200:first.ToRead()|};"),
        ("200: element by index", "var users = db.Users.ToList(); return {|EDG200:users[0].ToRead()|};"),
        ("200: ToRead inside a query projection", "return db.Users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: an assessment without its questions", "var a = await db.Assessments.FirstAsync(); return {|EDG200:a.ToRead()|};"),
        ("200: ConfigureAwait", "var users = await db.Users.ToListAsync().ConfigureAwait(false); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: Set<T>()", "var users = db.Set<User>().ToList(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: ConvertAll", "var users = db.Users.ToList(); return users.ConvertAll(u => {|EDG200:u.ToRead()|});"),
        ("200: ForEach", "var users = db.Users.ToList(); var reads = new List<UserRead>(); users.ForEach(u => reads.Add({|EDG200:u.ToRead()|})); return reads;"),
        ("200: conditional result", "var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id); return user is null ? null : {|EDG200:user.ToRead()|};"),
        ("200: string include misses the second level", "var users = await db.Users.Include(\"Assessments\").ToListAsync(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("200: PATCH after FindAsync", "var user = await db.Users.FindAsync(id); user!.Email = \"new@example.com\"; await db.SaveChangesAsync(); return {|EDG200:user.ToRead()|};"),
        ("200: query of a query local", "var query = db.Users.Where(u => u.CoachId == null); var users = query.ToList(); return users.Select(u => {|EDG200:u.ToRead()|}).ToList();"),
        ("201: collection navigation in a foreach", "var users = db.Users.ToList(); var total = 0; foreach (var u in users) { total += {|EDG201:u.Assessments|}.Count; } return total;"),
        ("201: reference navigation in a foreach", "var names = new List<string?>(); foreach (var u in db.Users.ToList()) { names.Add({|EDG201:u.Coach|}?.Email); } return names;"),
        ("201: a count per item", "var users = db.Users.ToList(); var n = 0; foreach (var u in users) { n += {|EDG201:db.Assessments.Count(a => a.OwnerId == u.Id)|}; } return n;"),
        ("201: the benchmark's N+1", "var users = db.Users.AsNoTracking().ToList(); var result = new List<UserRead>(); foreach (var user in users) { user.Assessments = {|EDG201:db.Assessments.AsNoTracking().Where(a => a.OwnerId == user.Id).ToList()|}; result.Add(user.ToRead()); } return result;"),
        ("201: explicit load per item", "var users = db.Users.ToList(); foreach (var u in users) { {|EDG201:db.Entry(u).Collection(x => x.Assessments).Load()|}; } return users.Count;"),
        ("201: a query in a Select over the results", "var users = db.Users.ToList(); return users.Select(u => {|EDG201:db.Assessments.Count(a => a.OwnerId == u.Id)|}).ToList();"),
        ("201: SelectMany over a navigation", "var users = db.Users.ToList(); return users.SelectMany(u => {|EDG201:u.Assessments|}).Select(a => a.Title).ToList();"),
        ("201: for loop by index", "var users = db.Users.ToList(); var names = new List<string?>(); for (var i = 0; i < users.Count; i++) { names.Add({|EDG201:users[i].Coach|}?.Email); } return names;"),
        ("201: FindAsync per item", "var coaches = new List<User?>(); foreach (var u in await db.Users.ToListAsync()) { coaches.Add(await {|EDG201:db.Users.FindAsync(u.CoachId)|}); } return coaches;"),
        ("201: owner of each assessment", "var emails = new List<string>(); foreach (var a in db.Assessments.ToList()) { emails.Add({|EDG201:a.Owner|}.Email); } return emails;"),
        ("201: foreach over the DbSet itself", "var n = 0; foreach (var u in db.Users) { n += {|EDG201:u.Assessments|}.Count; } return n;"),
        ("201: await foreach", "var n = 0; await foreach (var u in db.Users.AsAsyncEnumerable()) { n += {|EDG201:u.Assessments|}.Count; } return n;"),
        ("201: included the wrong navigation", "var users = db.Users.Include(u => u.Coach).ToList(); var n = 0; foreach (var u in users) { n += {|EDG201:u.Assessments|}.Count; } return n;"),
        ("201: List.ForEach", "var users = db.Users.ToList(); var names = new List<string?>(); users.ForEach(u => names.Add({|EDG201:u.Coach|}?.Email)); return names;"),
        ("201: Any per item", "var users = db.Users.ToList(); var n = 0; foreach (var u in users) { if ({|EDG201:db.Tags.Any(t => t.Name == u.Email)|}) { n++; } } return n;"),
        ("201: while loop by index", "var users = db.Users.ToList(); var i = 0; var n = 0; while (i < users.Count) { var u = users[i]; n += {|EDG201:u.Assessments|}.Count; i++; } return n;"),
        ("201: a projected query per item", "var total = 0; foreach (var q in db.Questions.ToList()) { total += {|EDG201:db.Assessments.Where(a => a.Id == q.AssessmentId).Select(a => a.Title).First()|}.Length; } return total;"),
        ("201: ToDictionary over a navigation", "var users = db.Users.ToList(); return users.ToDictionary(u => u.Id, u => {|EDG201:u.Assessments|}.Count);"),
        ("201: reference load per item", "var users = await db.Users.ToListAsync(); foreach (var u in users) { await {|EDG201:db.Entry(u).Reference(x => x.Coach).LoadAsync()|}; } return users.Count;"),
        ("201: a query of the navigation per item", "var users = db.Users.ToList(); var n = 0; foreach (var u in users) { n += {|EDG201:db.Entry(u).Collection(x => x.Assessments).Query().Count()|}; } return n;"),
        ("200: ToRead per item of a loop", "var users = db.Users.ToList(); var reads = new List<UserRead>(); foreach (var u in users) { reads.Add({|EDG200:u.ToRead()|}); } return reads;"),
    ];

    private static readonly (string Name, string Body)[] Negative =
    [
        ("SelectRead", "return await db.Users.SelectRead().ToListAsync();"),
        ("IncludeForRead then ToRead", "var users = await db.Users.IncludeForRead().ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("Include and ThenInclude cover the graph", "var users = await db.Users.Include(u => u.Assessments).ThenInclude(a => a.Questions).ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("generated helpers cover the graph", "var users = await db.Users.IncludeAssessments().ThenIncludeQuestions().ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("string path covers the graph", "var users = await db.Users.Include(\"Assessments.Questions\").ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("AsSplitQuery with IncludeForRead", "var users = await db.Users.AsSplitQuery().IncludeForRead().ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("a Read DTO that nests nothing", "var tags = await db.Tags.ToListAsync(); return tags.Select(t => t.ToRead()).ToList();"),
        ("a parameter", "return given.Select(u => u.ToRead()).ToList();"),
        ("a helper the analyzer cannot see into", "var users = Helpers.WithEverything(db.Users).ToList(); return users.Select(u => u.ToRead()).ToList();"),
        ("an explicit load of the navigation's query", "var user = await db.Users.FindAsync(id); await db.Entry(user!).Collection(u => u.Assessments).Query().Include(a => a.Questions).LoadAsync(); return user!.ToRead();"),
        ("an explicit load", "var user = db.Users.First(); db.Entry(user).Collection(u => u.Assessments).Load(); return user.ToRead();"),
        ("scalars in a loop", "var users = db.Users.ToList(); var n = 0; foreach (var u in users) { n += u.Email.Length; } return n;"),
        ("assigning a navigation in a loop", "var users = db.Users.ToList(); foreach (var u in users) { u.Assessments = new List<Assessment>(); } return users.Count;"),
        ("an included collection in a loop", "var users = await db.Users.Include(u => u.Assessments).ToListAsync(); var n = 0; foreach (var u in users) { n += u.Assessments.Count; } return n;"),
        ("an included reference in a loop", "var users = await db.Users.Include(u => u.Coach).ToListAsync(); var names = new List<string?>(); foreach (var u in users) { names.Add(u.Coach?.Email); } return names;"),
        ("an in-memory list", "var users = new List<User>(); var n = 0; foreach (var u in users) { n += u.Assessments.Count; } return n;"),
        ("an anonymous projection", "var rows = db.Users.Select(u => new { u.Id, u.Email }).ToList(); var n = 0; foreach (var row in rows) { n += row.Email.Length; } return n;"),
        ("navigations inside a query are joins", "return db.Users.Select(u => new { u.Email, Count = u.Assessments.Count, Coach = u.Coach!.Email }).ToList();"),
        ("a projected count", "return await db.Users.Select(u => u.Assessments.Count).ToListAsync();"),
        ("a non-EF IQueryable", "var users = new List<User>().AsQueryable().ToList(); var n = 0; foreach (var u in users) { n += u.Assessments.Count; } return n;"),
        ("a query after the loop", "var ids2 = new List<Guid>(); foreach (var u in db.Users.ToList()) { ids2.Add(u.Id); } return await db.Assessments.CountAsync();"),
        ("a query in a loop that is not over results", "var n = 0; for (var i = 0; i < 3; i++) { n += db.Users.Count(); } return n;"),
        ("a query per parameter item", "var found = new List<User?>(); foreach (var key in ids) { found.Add(await db.Users.FindAsync(key)); } return found;"),
        ("SelectMany over an included navigation", "var users = db.Users.Include(u => u.Assessments).ToList(); return users.SelectMany(u => u.Assessments).Select(a => a.Title).ToList();"),
        ("method group after IncludeForRead", "var users = db.Users.AsNoTracking().IncludeForRead().ToList(); return users.Select(UserDtoMappings.ToRead).ToList();"),
        ("an assessment with its questions", "var a = await db.Assessments.Include(x => x.Questions).FirstAsync(); return a.ToRead();"),
        ("fix-up by a later tracked query", "var users = db.Users.ToList(); var assessments = db.Assessments.Include(a => a.Questions).ToList(); return users.Select(u => u.ToRead()).ToList();"),
        ("a navigation of one entity, not per item", "var user = db.Users.First(); return user.Coach?.Email;"),
        ("await foreach with IncludeForRead", "var reads = new List<UserRead>(); await foreach (var u in db.Users.IncludeForRead().AsAsyncEnumerable()) { reads.Add(u.ToRead()); } return reads;"),
        ("IncludePaths from the request", "var users = await db.Users.IncludePaths(include).ToListAsync(); return users.Select(u => u.ToRead()).ToList();"),
        ("a count of the results", "var users = db.Users.ToList(); return users.Count;"),
        ("foreach over a query with includes", "var reads = new List<UserRead>(); foreach (var u in db.Users.Include(x => x.Assessments).ThenInclude(a => a.Questions)) { reads.Add(u.ToRead()); } return reads;"),
        ("FirstAsync with IncludeForRead", "var user = await db.Users.IncludeForRead().FirstAsync(); return user.ToRead();"),
        ("a lookup by key", "var users = db.Users.ToList(); var byId = users.ToDictionary(u => u.Id); return byId[id].Email;"),
        ("a local function over a parameter", "static UserRead Map(User u) => u.ToRead(); return given.Select(Map).ToList();"),
        ("an alias of covered results", "var users = db.Users.IncludeForRead().ToList(); var other = users; return other.Select(u => u.ToRead()).ToList();"),
        ("a conditional origin", "var users = flag ? db.Users.ToList() : new List<User>(); return users.Select(u => u.ToRead()).ToList();"),
        ("two origins for one local", "List<User> users; if (flag) { users = db.Users.ToList(); } else { users = db.Users.IncludeForRead().ToList(); } return users.Select(u => u.ToRead()).ToList();"),
        ("a filtered include then a loop", "var users = db.Users.Include(u => u.Assessments.Where(a => a.Title != \"\")).ThenInclude(a => a.Questions).ToList(); var n = 0; foreach (var u in users) { n += u.Assessments.Count; } return n;"),
        ("a navigation of an anonymous row", "var rows = db.Users.Select(u => new { u.Id, u.Coach }).ToList(); var names = new List<string?>(); foreach (var row in rows) { names.Add(row.Coach?.Email); } return names;"),
        ("a foreign key in a loop", "var users = db.Users.ToList(); var keys = new List<Guid?>(); foreach (var u in users) { keys.Add(u.CoachId); } return keys;"),
        ("a loop over a loaded navigation", "var user = await db.Users.IncludeForRead().FirstAsync(); var n = 0; foreach (var a in user.Assessments) { n += a.Questions.Count; } return n;"),
        ("an owned value in a loop", "var users = db.Users.ToList(); var cities = new List<string?>(); foreach (var u in users) { cities.Add(u.Address?.City); } return cities;"),
        ("ToRead of a Tag in a loop", "var reads = new List<TagRead>(); foreach (var t in db.Tags.ToList()) { reads.Add(t.ToRead()); } return reads;"),
        ("Update then SelectRead", "var user = await db.Users.FindAsync(id); user!.Email = \"x@example.com\"; await db.SaveChangesAsync(); return await db.Users.Where(u => u.Id == id).SelectRead().SingleAsync();"),
        ("an included reference per item of a Select", "var users = db.Users.Include(u => u.Coach).ToList(); return users.Select(u => u.Coach?.Email).ToList();"),
        ("a load before the loop", "var users = db.Users.ToList(); db.Assessments.Load(); var n = 0; foreach (var u in users) { n += u.Email.Length; } return n;"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async System.Threading.Tasks.Task EachCaseGetsExactlyItsMarkedDiagnostics(string name, string body)
    {
        var (source, expected) = Parse(body);
        var target = TargetFramework.Net10.WithEntityFrameworkCore();
        var run = GeneratorHarness.Run(target, Domain + Wrap(source));
        var errors = run.CompilationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, name + " does not compile:\n" + string.Join("\n", errors.Select(d => d.ToString())));

        var found = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LoadingAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var actual = found
            .Select(d => (d.Id, Text: d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)))
            .OrderBy(d => d.Text, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected.OrderBy(d => d.Text, System.StringComparer.Ordinal).ToArray(), actual);
    }

    [Fact]
    public void TheCorpusHasAtLeastFortyCasesEachWay()
    {
        Assert.True(Positive.Length >= 40, "positive cases: " + Positive.Length);
        Assert.True(Negative.Length >= 40, "negative cases: " + Negative.Length);
        Assert.All(Positive, c => Assert.Contains("{|EDG", c.Body, System.StringComparison.Ordinal));
        Assert.All(Negative, c => Assert.DoesNotContain("{|", c.Body, System.StringComparison.Ordinal));
        var all = Positive.Concat(Negative).Concat(RealisticPositive).Concat(RealisticNegative).ToArray();
        Assert.Equal(all.Length, all.Select(c => c.Name).Distinct().Count());
    }

    // The build treats warnings as errors; a case need not await, nor use every parameter.
    private static string Wrap(string body) => $$"""
        #pragma warning disable CS1998, CS9113
        public sealed class Service(AppDb db)
        {
            public async Task<object?> Run(Guid id, List<Guid> ids, List<User> given, string[] include, bool flag)
            {
                {{body}}
            }
        }
        """;

    /// <summary>The body without its <c>{|ID:…|}</c> marks, and the id and text of each marked span.</summary>
    private static (string Source, List<(string Id, string Text)> Expected) Parse(string body)
    {
        var expected = new List<(string, string)>();
        var source = new StringBuilder();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '{' && i + 1 < body.Length && body[i + 1] == '|')
            {
                var colon = body.IndexOf(':', i);
                open.Push((body.Substring(i + 2, colon - i - 2), source.Length));
                i = colon;
            }
            else if (body[i] == '|' && i + 1 < body.Length && body[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add((id, source.ToString(start, source.Length - start)));
                i++;
            }
            else
            {
                source.Append(body[i]);
            }
        }

        return (source.ToString(), expected);
    }
}
