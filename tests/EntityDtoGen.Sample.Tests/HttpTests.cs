using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Sample.Tests;

/// <summary>The sample API over HTTP on a real SQLite file: what a client can and cannot do with the generated DTOs.</summary>
public sealed class HttpTests(SampleApiFactory factory) : IClassFixture<SampleApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSummaryListIsOneStatementSelectingOnlyTheShapesColumns()
    {
        await _client.GetAsync("/users/summaries?pageSize=1");
        factory.Guard.Reset();

        var response = await _client.GetAsync("/users/summaries?pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await Json(response)).GetProperty("items")[0];
        Assert.Equal(["assessmentsCount", "coachDisplayName", "displayName", "email", "id"], item.EnumerateObject().Select(p => p.Name).Order().ToArray());
        var commands = factory.Guard.Commands.ToArray();
        Assert.Equal(2, commands.Length);
        Assert.StartsWith("SELECT COUNT(*)", commands[0]);
        Assert.DoesNotContain("HashedPassword", commands[1]);
        Assert.DoesNotContain("IsAdmin", commands[1]);
        Assert.DoesNotContain("CreatedAt", commands[1]);
    }

    [Fact]
    public async Task CreateIgnoresOverPostedServerFields()
    {
        var response = await Send(HttpMethod.Post, "/users", """
            {"email":"over@example.com","password":"longenough","id":"11111111-1111-1111-1111-111111111111",
             "hashedPassword":"chosen-by-client","isAdmin":true,"createdAt":"2000-01-01T00:00:00Z"}
            """);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.NotEqual(Guid.Parse("11111111-1111-1111-1111-111111111111"), id);
        Assert.False(created.GetProperty("isAdmin").GetBoolean());
        Assert.True(created.GetProperty("createdAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        using var db = factory.CreateDb();
        var stored = await db.Users.SingleAsync(u => u.Id == id);
        Assert.StartsWith("100000.", stored.HashedPassword);
        Assert.NotEqual("chosen-by-client", stored.HashedPassword);
        Assert.False(stored.IsAdmin);
    }

    [Fact]
    public async Task PatchIgnoresOverPostedServerFields()
    {
        var id = await CreateUser("patch-over@example.com");
        using var before = factory.CreateDb();
        var original = await before.Users.AsNoTracking().SingleAsync(u => u.Id == id);

        var response = await Send(HttpMethod.Patch, $"/users/{id}", """{"id":"22222222-2222-2222-2222-222222222222","hashedPassword":"x","createdAt":"2000-01-01T00:00:00Z","isAdmin":true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var after = factory.CreateDb();
        var stored = await after.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal(original.HashedPassword, stored.HashedPassword);
        Assert.Equal(original.CreatedAt, stored.CreatedAt);
        Assert.False(stored.IsAdmin);
    }

    [Fact]
    public async Task PatchTellsAbsentFromNull()
    {
        var id = await CreateUser("absent@example.com", displayName: "Named");

        var unchanged = await Json(await Send(HttpMethod.Patch, $"/users/{id}", "{}"));
        var cleared = await Json(await Send(HttpMethod.Patch, $"/users/{id}", """{"displayName":null}"""));

        Assert.Equal("Named", unchanged.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("displayName").ValueKind);
        Assert.Equal("absent@example.com", cleared.GetProperty("email").GetString());
    }

    [Fact]
    public async Task NoResponseBodyContainsTheSecret()
    {
        var id = await CreateUser("secret@example.com");
        var bodies = new[]
        {
            await Body(await _client.GetAsync("/users")),
            await Body(await _client.GetAsync($"/users/{id}")),
            await Body(await Send(HttpMethod.Patch, $"/users/{id}", """{"displayName":"S"}""")),
            await Body(await _client.GetAsync("/assessments?include=Owner,Questions")),
            await Body(await _client.GetAsync("/questions")),
            await Body(await _client.GetAsync("/openapi/v1.json")),
        };

        Assert.All(bodies, body => Assert.DoesNotContain("hashedPassword", body, StringComparison.OrdinalIgnoreCase));
        Assert.All(bodies, body => Assert.DoesNotContain("100000.", body));
    }

    [Fact]
    public async Task InvalidEmailIsA400ProblemDetails()
    {
        var response = await Send(HttpMethod.Post, "/users", """{"email":"not-an-email","password":"longenough"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task InvalidPatchValueIsA400()
    {
        var id = await CreateUser("patch-invalid@example.com");

        var response = await Send(HttpMethod.Patch, $"/users/{id}", """{"email":"nope"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task UnknownIncludeIsA400ProblemDetailsListingTheValidPaths()
    {
        var response = await _client.GetAsync("/assessments?include=Questions,HashedPassword");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Questions", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task IncludeDecidesWhichNestedListsAreFilled()
    {
        var without = await Json(await _client.GetAsync("/assessments"));
        var with = await Json(await _client.GetAsync("/assessments?include=questions"));

        Assert.All(without.EnumerateArray(), a => Assert.Equal(0, a.GetProperty("questions").GetArrayLength()));
        Assert.Contains(with.EnumerateArray(), a => a.GetProperty("questions").GetArrayLength() == 2);
    }

    [Fact]
    public async Task ReadOneAndAPageWithTheTotal()
    {
        await CreateUser("page-a@example.com");
        var page = await Json(await _client.GetAsync("/users?page=1&pageSize=2"));

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        var first = page.GetProperty("items")[0];
        var one = await Json(await _client.GetAsync($"/users/{first.GetProperty("id").GetGuid()}"));
        Assert.Equal(first.GetProperty("email").GetString(), one.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/users/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task AnsweringTwiceUpdatesTheSameRow()
    {
        var userId = await CreateUser("answers@example.com");
        var questions = await Json(await _client.GetAsync("/questions"));
        var questionId = questions[0].GetProperty("id").GetGuid();

        var first = await Json(await Send(HttpMethod.Put, "/answers", $$"""{"userId":"{{userId}}","questionId":"{{questionId}}","score":3}"""));
        factory.Guard.Reset();
        var second = await Json(await Send(HttpMethod.Put, "/answers", $$"""{"userId":"{{userId}}","questionId":"{{questionId}}","score":9,"comment":"changed"}"""));

        Assert.Equal(3, first.GetProperty("score").GetInt32());
        Assert.Equal(9, second.GetProperty("score").GetInt32());
        Assert.Equal(first.GetProperty("answeredAt").GetDateTime(), second.GetProperty("answeredAt").GetDateTime());

        // Two existence checks, then the upsert itself: one statement, no read-then-write.
        var commands = factory.Guard.Commands;
        Assert.Equal(3, commands.Count);
        Assert.Equal(
            """
            INSERT INTO "UserAnswers" ("UserId", "QuestionId", "AnsweredAt", "Comment", "Score")
            VALUES (@p0, @p1, @p2, @p3, @p4)
            ON CONFLICT ("UserId", "QuestionId") DO UPDATE SET "Score" = excluded."Score", "Comment" = excluded."Comment"
            RETURNING *
            """,
            commands[2].TrimEnd());
        using var db = factory.CreateDb();
        var answer = await db.UserAnswers.SingleAsync(a => a.UserId == userId);
        Assert.Equal(9, answer.Score);
        Assert.Equal("changed", answer.Comment);
    }

    [Fact]
    public async Task MinimalApiGroupServesReadDtos()
    {
        var questions = await Json(await _client.GetAsync("/questions"));
        var id = questions[0].GetProperty("id").GetGuid();

        var one = await _client.GetAsync($"/questions/{id}");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(id, (await Json(one)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/questions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task OpenApiShowsOptionalMembersAsTheirValueTypeAndNoSecret()
    {
        var document = await Json(await _client.GetAsync("/openapi/v1.json"));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var update = schemas.GetProperty("UserUpdate").GetProperty("properties");

        Assert.Equal("string", update.GetProperty("email").GetProperty("type").GetString());
        Assert.Equal(["null", "string"], update.GetProperty("displayName").GetProperty("type").EnumerateArray().Select(t => t.GetString()!).Order().ToArray());
        Assert.False(update.GetProperty("email").TryGetProperty("properties", out _), "Optional<T> must not appear as an object with hasValue/value");
        Assert.DoesNotContain("hashedPassword", document.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.False(schemas.GetProperty("UserCreate").GetProperty("properties").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task TheApiReferencePageLoadsTheOpenApiDocument()
    {
        var page = await _client.GetAsync("/scalar/");
        var html = await Body(page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // The page's configuration lists its documents as {"title":…,"url":…}, relative to the application's root.
        var match = System.Text.RegularExpressions.Regex.Match(html, "\"url\":\"([^\"]+)\"");
        Assert.True(match.Success, "the page names no OpenAPI document:\n" + html);
        var document = await _client.GetAsync(match.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("UserCreate", await Body(document));
    }

    private async Task<Guid> CreateUser(string email, string? displayName = null)
    {
        var response = await _client.PostAsJsonAsync("/users", new { email, password = "longenough", displayName });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, string json) =>
        _client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<string> Body(HttpResponseMessage response) => response.Content.ReadAsStringAsync();
}
