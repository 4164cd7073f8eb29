using System;
using System.Linq;
using System.Threading.Tasks;
using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.Sample.Api.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Endpoints;

/// <summary>The same DTOs from a minimal-API endpoint group.</summary>
public static class QuestionEndpoints
{
    public static RouteGroupBuilder MapQuestions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/questions");
        group.MapGet("/", (SampleDb db) => db.Questions.OrderBy(q => q.Order).SelectRead().ToListAsync());
        group.MapGet("/{id:guid}", async Task<Results<Ok<QuestionRead>, NotFound>> (Guid id, SampleDb db) =>
            await db.Questions.Where(q => q.Id == id).SelectRead().SingleOrDefaultAsync() is { } question
                ? TypedResults.Ok(question)
                : TypedResults.NotFound());
        return group;
    }
}
