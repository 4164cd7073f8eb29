using System;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.Sample.Api.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Controllers;

/// <summary>Users, through their DTOs only: the entity never crosses the HTTP boundary.</summary>
[ApiController]
[Route("users")]
public sealed class UsersController(SampleDb db) : ControllerBase
{
    /// <summary>Creates a user; the password is hashed by the OnToEntity hook.</summary>
    [HttpPost]
    public async Task<ActionResult<UserRead>> Create(UserCreate body, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Email == body.Email, cancellationToken))
        {
            return Problem(statusCode: 409, title: "A user with this email exists.");
        }

        var user = body.ToEntity();
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = user.Id }, user.ToRead());
    }

    /// <summary>Reads one user in one SQL statement, with its assessments and their questions.</summary>
    [HttpGet("{id:guid}")]
    public async Task<ActionResult<UserRead>> Get(Guid id, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == id).SelectRead().SingleOrDefaultAsync(cancellationToken) is { } user ? user : NotFound();

    /// <summary>Reads a page of users, ordered by email, with the total count.</summary>
    [HttpGet]
    public async Task<ActionResult<PagedResult<UserRead>>> List([Range(1, int.MaxValue)] int page = 1, [Range(1, 100)] int pageSize = 20, CancellationToken cancellationToken = default)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var items = await db.Users.OrderBy(u => u.Email).Skip((page - 1) * pageSize).Take(pageSize).SelectRead().ToListAsync(cancellationToken);
        return new PagedResult<UserRead>(items, total, page, pageSize);
    }

    /// <summary>Reads a page of user summaries: a read shape, one SQL statement selecting only its columns.</summary>
    [HttpGet("summaries")]
    public async Task<ActionResult<PagedResult<UserSummary>>> Summaries([Range(1, int.MaxValue)] int page = 1, [Range(1, 100)] int pageSize = 20, CancellationToken cancellationToken = default)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var items = await db.Users.OrderBy(u => u.Email).Skip((page - 1) * pageSize).Take(pageSize).SelectUserSummary().ToListAsync(cancellationToken);
        return new PagedResult<UserSummary>(items, total, page, pageSize);
    }

    /// <summary>Changes the members present in the body; an explicit null clears a member, an absent one stays.</summary>
    [HttpPatch("{id:guid}")]
    public async Task<ActionResult<UserRead>> Patch(Guid id, UserUpdate body, CancellationToken cancellationToken)
    {
        var user = await db.Users.IncludeForRead().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        body.ApplyTo(user);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToRead();
    }
}
