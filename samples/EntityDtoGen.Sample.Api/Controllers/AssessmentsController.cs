using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.Sample.Api.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Controllers;

[ApiController]
[Route("assessments")]
public sealed class AssessmentsController(SampleDb db) : ControllerBase
{
    /// <summary>
    /// Lists assessments, loading the navigations named in <c>?include=</c> (comma-separated, checked against
    /// <see cref="AssessmentIncludes.Paths"/>). Nested lists in the response are filled when their path was included.
    /// </summary>
    [HttpGet]
    public async Task<ActionResult<AssessmentRead[]>> List([FromQuery] string? include, CancellationToken cancellationToken)
    {
        IQueryable<Assessment> query = db.Assessments.AsNoTracking().OrderBy(a => a.Title);
        try
        {
            query = query.IncludePaths((include ?? string.Empty).Split(','));
        }
        catch (ArgumentException)
        {
            return Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown include path.",
                detail: "Valid paths: " + string.Join(", ", AssessmentIncludes.Paths) + ".");
        }

        var assessments = await query.ToListAsync(cancellationToken);
        return assessments.Select(a => a.ToRead()).ToArray();
    }
}
