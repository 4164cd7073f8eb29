using System;
using System.Threading;
using System.Threading.Tasks;
using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.Sample.Api.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Controllers;

[ApiController]
[Route("answers")]
public sealed class AnswersController(SampleDb db) : ControllerBase
{
    /// <summary>Answers a question: inserts the answer, or updates it when the user already answered, by the composite key.</summary>
    [HttpPut]
    public async Task<ActionResult<UserAnswerRead>> Upsert(UserAnswerCreate body, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == body.UserId, cancellationToken) || !await db.Questions.AnyAsync(q => q.Id == body.QuestionId, cancellationToken))
        {
            return NotFound();
        }

        var answer = await db.UserAnswers.FindAsync([body.UserId, body.QuestionId], cancellationToken);
        if (answer is null)
        {
            answer = body.ToEntity();
            db.UserAnswers.Add(answer);
        }
        else
        {
            // The key parts are create-only, so the update carries the rest of the body.
            new UserAnswerUpdate { Score = body.Score, Comment = body.Comment }.ApplyTo(answer);
        }

        answer.AnsweredAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return answer.ToRead();
    }
}
