using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc;

namespace EntityDtoGen.BuildCheck;

/// <summary>Uses the generated API the way an application does, so this project only builds when generation ran.</summary>
[ApiController]
[Route("users")]
public sealed class UsersController : ControllerBase
{
    private readonly List<User> _users = [];

    /// <summary>Lists users with their nested assessments.</summary>
    /// <returns>The Read DTOs.</returns>
    [HttpGet]
    public ActionResult<List<UserRead>> List() =>
        _users.AsQueryable().IncludePaths(UserIncludes.ReadPaths).IncludeForRead().SelectRead().ToList();

    /// <summary>Creates a user.</summary>
    /// <param name="body">The input.</param>
    /// <returns>The created user.</returns>
    [HttpPost]
    public ActionResult<UserRead> Create(UserCreate body)
    {
        var user = body.ToEntity();
        _users.Add(user);
        return user.ToRead();
    }

    /// <summary>Changes the set members of a user.</summary>
    /// <param name="body">The partial update.</param>
    /// <returns>No content.</returns>
    [HttpPatch]
    public IActionResult Patch(UserUpdate body)
    {
        body.ApplyTo(_users[0]);
        return NoContent();
    }
}

/// <summary>The minimal-API side: reflection-free JSON and validation, as an app registers them on each framework.</summary>
public static class MinimalApi
{
    /// <summary>Registers the generated JSON metadata and, on .NET 10, the generated validation resolver.</summary>
    /// <param name="builder">The app builder.</param>
    public static void AddDtos(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        System.ArgumentNullException.ThrowIfNull(builder);
        Microsoft.Extensions.DependencyInjection.HttpJsonServiceExtensions.ConfigureHttpJsonOptions(builder.Services, options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));
#if NET10_0_OR_GREATER
        builder.Services.AddDtoValidation();
#endif
    }

    /// <summary>Maps a validated endpoint group.</summary>
    /// <param name="app">The app.</param>
    public static void MapUsers(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app)
    {
        var users = Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGroup(app, "/api/users").WithDtoValidation();
        Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPost(users, "/", (UserCreate body) => body.ToEntity().ToRead());
    }
}
