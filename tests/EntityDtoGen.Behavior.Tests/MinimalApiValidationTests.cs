using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>
/// A minimal API rejects an invalid Create or Update body with 400 and the same errors MVC gives, through
/// <c>WithDtoValidation()</c> (any .NET from 8) and through .NET 10's validation with <c>AddDtoValidation()</c>.
/// </summary>
public sealed class MinimalApiValidationTests : IAsyncLifetime
{
    private readonly Dictionary<string, (WebApplication App, HttpClient Client)> _apps = [];

    public static TheoryData<string, string, string, string[]> Bodies => new()
    {
        { "filter", "POST", """{"email":"nope","password":"short"}""", ["Email", "Password"] },
        { "filter", "POST", """{"email":"a@example.com","password":"long-enough","displayName":null,"address":{"city":"A city name far longer than twenty"}}""", ["Address.City"] },
        { "filter", "POST", """{"email":null,"password":"long-enough"}""", ["Email"] },
        { "filter", "PATCH", """{"email":"not an email"}""", ["Email"] },
        { "filter", "PATCH", """{"email":null}""", ["Email"] },
        { "filter", "PATCH", """{"address":{"city":"A city name far longer than twenty"}}""", ["Address.City"] },
        { "resolver", "POST", """{"email":"nope","password":"short"}""", ["Email", "Password"] },
        { "resolver", "POST", """{"email":"a@example.com","password":"long-enough","displayName":null,"address":{"city":"A city name far longer than twenty"}}""", ["Address.City"] },
        { "resolver", "POST", """{"email":null,"password":"long-enough"}""", ["Email"] },
        { "resolver", "PATCH", """{"email":"not an email"}""", ["Email"] },
        { "resolver", "PATCH", """{"email":null}""", ["Email"] },
        { "resolver", "PATCH", """{"address":{"city":"A city name far longer than twenty"}}""", ["Address.City"] },
    };

    public static TheoryData<string, string, string> ValidBodies => new()
    {
        { "filter", "POST", """{"email":"a@example.com","password":"long-enough"}""" },
        { "filter", "PATCH", "{}" },
        { "filter", "PATCH", """{"displayName":null}""" },
        { "resolver", "POST", """{"email":"a@example.com","password":"long-enough"}""" },
        { "resolver", "PATCH", "{}" },
        { "resolver", "PATCH", """{"displayName":null}""" },
    };

    public async Task InitializeAsync()
    {
        _apps["mvc"] = await Start(builder => builder.Services.AddControllers().AddApplicationPart(typeof(UsersTestController).Assembly), app => app.MapControllers());
        _apps["filter"] = await Start(_ => { }, app => MapUsers(app.MapGroup(string.Empty).WithDtoValidation()));
        _apps["resolver"] = await Start(builder =>
        {
            // AddValidation() after AddDtoValidation(): .NET 10's generator then adds its own resolver, which sees only UserCreate's Password.
            builder.Services.AddProblemDetails().AddDtoValidation();
            builder.Services.AddValidation();
        }, app => MapUsers(app));
    }

    public async Task DisposeAsync()
    {
        foreach (var (app, client) in _apps.Values)
        {
            client.Dispose();
            await app.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AnInvalidBodyIsA400NamingTheMembersAsMvcDoes(string mode, string method, string body, string[] members)
    {
        var response = await Send(mode, method, body);
        var mvc = await Send("mvc", method, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = Errors(await Read(response));
        Assert.Equal(members, errors.Keys.Order());
        Assert.Equal(Errors(await Read(mvc)), errors);
    }

    [Theory]
    [MemberData(nameof(ValidBodies))]
    public async Task AValidBodyReachesTheHandler(string mode, string method, string body)
    {
        var response = await Send(mode, method, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.String, (await Read(response)).GetProperty("email").ValueKind);
    }

    private static void MapUsers(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/users", (UserCreate create) => create.ToEntity().ToRead());
        routes.MapPatch("/users", (UserUpdate update) =>
        {
            var user = new User { Id = Guid.Parse("11111111-1111-1111-1111-111111111111"), Email = "old@example.com", DisplayName = "Old" };
            update.ApplyTo(user);
            return user.ToRead();
        });
    }

    private static async Task<(WebApplication, HttpClient)> Start(Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        configure(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    private Task<HttpResponseMessage> Send(string mode, string method, string json) =>
        _apps[mode].Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/users") { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static SortedDictionary<string, string> Errors(JsonElement problem) =>
        new(problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => string.Join(" | ", p.Value.EnumerateArray().Select(m => m.GetString()))), StringComparer.Ordinal);

    private static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
