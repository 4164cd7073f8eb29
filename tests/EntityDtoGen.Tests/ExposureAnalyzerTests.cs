using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>EDG100 against ASP.NET Core's reference assemblies: every way an entity can reach a web API signature.</summary>
public sealed class ExposureAnalyzerTests
{
    private const string Domain = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using EntityDtoGen;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;

        namespace Api;

        [GenerateDtos]
        public class User
        {
            public Guid Id { get; set; }

            public string? Email { get; set; }
        }

        public static class Store
        {
            public static List<User> Users { get; } = [];
        }

        """;

    [Theory]
    [InlineData("User", "return type")]
    [InlineData("Task<User>", "return type")]
    [InlineData("ValueTask<User>", "return type")]
    [InlineData("ActionResult<User>", "return type")]
    [InlineData("Task<ActionResult<User>>", "return type")]
    [InlineData("IEnumerable<User>", "return type")]
    [InlineData("List<User>", "return type")]
    [InlineData("User[]", "return type")]
    [InlineData("IAsyncEnumerable<User>", "return type")]
    [InlineData("Ok<User>", "return type")]
    [InlineData("Created<User>", "return type")]
    [InlineData("Results<Ok<User>, NotFound>", "return type")]
    [InlineData("Task<Results<Ok<List<User>>, NotFound>>", "return type")]
    public void ControllerReturnTypesAreFlagged(string returnType, string part)
    {
        var diagnostic = Assert.Single(Analyze($$"""
            [ApiController]
            public class UsersController : ControllerBase
            {
                public {{returnType}} Get() => throw new NotImplementedException();
            }
            """));

        Assert.Equal("EDG100", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(returnType, TextAt(diagnostic));
        Assert.Equal($"Action 'UsersController.Get' exposes the entity 'User' in its {part}; use 'UserRead' instead", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("User body")]
    [InlineData("[FromBody] List<User> body")]
    [InlineData("User[] body")]
    public void ControllerParametersAreFlagged(string parameter)
    {
        var diagnostic = Assert.Single(Analyze($$"""
            public class UsersController : Controller
            {
                public IActionResult Post({{parameter}}) => Ok();
            }
            """));

        Assert.Equal(parameter.Split(' ')[^2], TextAt(diagnostic));
        Assert.Equal("Action 'UsersController.Post' exposes the entity 'User' in its parameter 'body'; use 'UserCreate' or 'UserUpdate' instead", diagnostic.GetMessage());
    }

    [Fact]
    public void IndirectControllersAreFlaggedAndNonActionsAreNot()
    {
        var diagnostics = Analyze("""
            public abstract class ApiBase : ControllerBase
            {
            }

            public class AccountsController : ApiBase
            {
                public User Me() => Store.Users[0];

                [NonAction]
                public User Helper() => Store.Users[0];

                protected User Shared() => Store.Users[0];

                private User Hidden() => Store.Users[0];

                public static User Factory() => Store.Users[0];
            }
            """);

        Assert.Equal(["Me"], diagnostics.Select(d => d.GetMessage().Split('\'')[1].Split('.')[1]));
    }

    [Fact]
    public void DtosAndNonControllersAreNotFlagged()
    {
        var diagnostics = Analyze("""
            public class UsersController : ControllerBase
            {
                public ActionResult<List<UserRead>> Get() => Store.Users.Select(u => u.ToRead()).ToList();

                public IActionResult Post(UserCreate body) => Ok(body.ToEntity().ToRead());

                public IActionResult Patch(Guid id, UserUpdate body) => NoContent();
            }

            public class UserService
            {
                public User Find(Guid id) => Store.Users.First(u => u.Id == id);

                public void Save(User user) => Store.Users.Add(user);
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void MinimalApiHandlersAreFlagged()
    {
        var diagnostics = Analyze("""
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/users", () => Store.Users);
                    app.MapGet("/users/{id}", async (Guid id) => await Task.FromResult(Store.Users.First(u => u.Id == id)));
                    app.MapPost("/users", (User user) => Results.Ok());
                    app.MapPut("/users/{id}", Replace);
                    var group = app.MapGroup("/v2");
                    group.MapPatch("/users", Results<Ok<User>, NotFound> () => TypedResults.NotFound());
                    group.MapDelete("/users/{id}", (Guid id) => Store.Users.Remove(Store.Users.First(u => u.Id == id)));
                    app.MapMethods("/users", ["HEAD"], () => new User[0]);
                }

                private static User Replace(Guid id, UserUpdate body) => Store.Users[0];
            }
            """);

        Assert.Equal(
            [
                "The MapGet handler exposes the entity 'User' in its return type; use 'UserRead' instead",
                "The MapGet handler exposes the entity 'User' in its return type; use 'UserRead' instead",
                "The MapPost handler exposes the entity 'User' in its parameter 'user'; use 'UserCreate' or 'UserUpdate' instead",
                "The MapPut handler exposes the entity 'User' in its return type; use 'UserRead' instead",
                "The MapPatch handler exposes the entity 'User' in its return type; use 'UserRead' instead",
                "The MapMethods handler exposes the entity 'User' in its return type; use 'UserRead' instead",
            ],
            diagnostics.Select(d => d.GetMessage()));
        Assert.Equal("Replace", TextAt(diagnostics[3]));
    }

    [Fact]
    public void MinimalApiHandlersWithDtosAreNotFlagged()
    {
        var diagnostics = Analyze("""
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/users", () => Store.Users.Select(u => u.ToRead()).ToList());
                    app.MapPost("/users", (UserCreate body) => TypedResults.Created("/users", body.ToEntity().ToRead()));
                    System.Func<User> notAHandler = () => Store.Users[0];
                }
            }
            """);

        Assert.Empty(diagnostics);
    }

    private static System.Collections.Generic.IReadOnlyList<Diagnostic> Analyze(string code)
    {
        var target = TargetFramework.Net10.WithAspNetCore();
        var run = GeneratorHarness.Run(target, Domain + code);
        GeneratorHarness.AssertClean(run, target);
        return run.AnalyzerDiagnostics().Where(d => d.Id == "EDG100").ToArray();
    }

    private static string TextAt(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
