using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

[ApiController]
[Route("users")]
public sealed class UsersTestController : ControllerBase
{
    [HttpPatch]
    public ActionResult<UserRead> Patch(UserUpdate update)
    {
        var user = new User { Id = Guid.Parse("11111111-1111-1111-1111-111111111111"), Email = "old@example.com", DisplayName = "Old" };
        update.ApplyTo(user);
        return user.ToRead();
    }

    [HttpPost]
    public ActionResult<UserRead> Create(UserCreate create) => create.ToEntity().ToRead();
}

/// <summary>ASP.NET Core MVC binds the generated DTOs from JSON and runs their validation, as a controller sees them.</summary>
public sealed class MvcValidationTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddControllers().AddApplicationPart(typeof(UsersTestController).Assembly);
        _app = builder.Build();
        _app.MapControllers();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnEmptyPatchIsValidAndChangesNothing()
    {
        var response = await Send(HttpMethod.Patch, "{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await Read(response);
        Assert.Equal("old@example.com", read.GetProperty("email").GetString());
        Assert.Equal("Old", read.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task AnExplicitNullClearsANullableMember()
    {
        var response = await Send(HttpMethod.Patch, """{"displayName":null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Read(response)).GetProperty("displayName").ValueKind);
    }

    [Fact]
    public async Task AnInvalidPresentValueIsA400WithTheMemberName()
    {
        var response = await Send(HttpMethod.Patch, """{"email":"not an email"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Read(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Email", out _), errors.ToString());
    }

    [Fact]
    public async Task AnUnsetMemberWhoseTypeHasValidatorsIsNotReadByMvc()
    {
        var response = await Send(HttpMethod.Patch, """{"displayName":"New"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task APresentOwnedValueIsValidatedWithItsOwnAttributes()
    {
        var response = await Send(HttpMethod.Patch, """{"address":{"city":"A city name far longer than twenty"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Read(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Address.City", out _), errors.ToString());
    }

    [Fact]
    public async Task NullForANonNullableMemberIsA400()
    {
        var response = await Send(HttpMethod.Patch, """{"email":null}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OverPostedServerFieldsAreIgnoredOnCreate()
    {
        var response = await Send(HttpMethod.Post, """{"email":"new@example.com","password":"longenough","id":"22222222-2222-2222-2222-222222222222","createdAt":"2000-01-01T00:00:00Z","hashedPassword":"mine"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("22222222", body);
        Assert.DoesNotContain("2000-01-01", body);
        Assert.DoesNotContain("hashedPassword", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mine", body);
    }

    [Fact]
    public async Task CreateValidationUsesTheCarriedAttributes()
    {
        var response = await Send(HttpMethod.Post, """{"email":"nope","password":"short"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Read(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Email", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Password", out _), errors.ToString());
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string json) =>
        _client!.SendAsync(new HttpRequestMessage(method, "/users") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
