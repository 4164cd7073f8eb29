using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace EntityDtoGen.Sample.Aot.Tests;

/// <summary>
/// The AOT smoke app in process with reflection-based JSON turned off, as Native AOT runs it: round trips of the generated
/// DTOs, validation 400s, and the OpenAPI document. .ci/run publishes the same app natively and calls it over HTTP.
/// </summary>
public sealed class AotAppTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void ReflectionBasedJsonIsOffInThisProcess() => Assert.False(JsonSerializer.IsReflectionEnabledByDefault);

    [Fact]
    public async Task CreateReadAndUpdateRoundTripWithoutReflection()
    {
        var created = await Send(HttpMethod.Post, "/notes", """{"title":"First","body":"hello","tags":["a","b"],"status":1,"id":"00000000-0000-0000-0000-000000000009","createdAt":"2000-01-01T00:00:00Z","editToken":"mine"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var note = await Json(created);
        var id = note.GetProperty("id").GetGuid();
        Assert.NotEqual(Guid.Parse("00000000-0000-0000-0000-000000000009"), id);
        Assert.Equal(["id", "title", "body", "status", "tags", "createdAt"], note.EnumerateObject().Select(p => p.Name));
        Assert.NotEqual(2000, note.GetProperty("createdAt").GetDateTime().Year);
        Assert.Equal($"/notes/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(note.GetRawText(), (await Json(await _client.GetAsync($"/notes/{id}"))).GetRawText());

        var unchanged = await Json(await Send(HttpMethod.Patch, $"/notes/{id}", "{}"));
        var cleared = await Json(await Send(HttpMethod.Patch, $"/notes/{id}", """{"body":null}"""));
        var renamed = await Json(await Send(HttpMethod.Patch, $"/notes/{id}", """{"title":"Renamed"}"""));

        Assert.Equal(note.GetRawText(), unchanged.GetRawText());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("body").ValueKind);
        Assert.Equal("First", cleared.GetProperty("title").GetString());
        Assert.Equal("Renamed", renamed.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, renamed.GetProperty("body").ValueKind);
        Assert.Equal(["a", "b"], renamed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task ListsAndShapesSerializeWithoutReflection()
    {
        await Send(HttpMethod.Post, "/notes", """{"title":"Listed"}""");

        var list = await Json(await _client.GetAsync("/notes"));
        var summaries = await Json(await _client.GetAsync("/notes/summaries"));

        Assert.Contains(list.EnumerateArray(), n => n.GetProperty("title").GetString() == "Listed");
        var summary = Assert.Single(summaries.EnumerateArray(), n => n.GetProperty("title").GetString() == "Listed");
        Assert.Equal(["id", "title", "status"], summary.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("POST", """{"title":""}""", "Title")]
    [InlineData("POST", """{"title":"ok","body":"BODY"}""", "Body")]
    [InlineData("PATCH", """{"title":null}""", "Title")]
    [InlineData("PATCH", """{"title":""}""", "Title")]
    [InlineData("PATCH", """{"body":"BODY"}""", "Body")]
    public async Task AnInvalidBodyIsA400NamingTheMember(string method, string body, string member)
    {
        var id = (await Json(await Send(HttpMethod.Post, "/notes", """{"title":"Valid"}"""))).GetProperty("id").GetGuid();

        var response = await Send(new HttpMethod(method), method == "POST" ? "/notes" : $"/notes/{id}", body.Replace("BODY", new string('x', 2001), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal([member], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task ABodyWithoutARequiredMemberIsA400()
    {
        var response = await Send(HttpMethod.Post, "/notes", """{"body":"no title"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentShowsTheWireFormatAndNoSecret()
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        var schemas = JsonDocument.Parse(text).RootElement.GetProperty("components").GetProperty("schemas");
        var create = schemas.GetProperty("NoteCreate");
        var update = schemas.GetProperty("NoteUpdate").GetProperty("properties");

        Assert.DoesNotContain("editToken", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["body", "status", "tags", "title"], create.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["title"], create.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("string", create.GetProperty("properties").GetProperty("title").GetProperty("type").GetString());
        Assert.Equal(120, create.GetProperty("properties").GetProperty("title").GetProperty("maxLength").GetInt32());
        Assert.False(schemas.GetProperty("NoteUpdate").TryGetProperty("required", out _));
        Assert.Equal("string", update.GetProperty("title").GetProperty("type").GetString());
        Assert.Equal(120, update.GetProperty("title").GetProperty("maxLength").GetInt32());
        Assert.Equal(["null", "string"], update.GetProperty("body").GetProperty("type").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.Equal(2000, update.GetProperty("body").GetProperty("maxLength").GetInt32());
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, string json) =>
        _client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
