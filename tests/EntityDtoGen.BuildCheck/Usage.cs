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
