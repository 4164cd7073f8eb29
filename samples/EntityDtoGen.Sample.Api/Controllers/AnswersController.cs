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
    /// <summary>
    /// Answers a question: inserts the answer, or updates its score and comment when the user already answered, in one
    /// INSERT … ON CONFLICT (UserId, QuestionId) DO UPDATE statement, so two concurrent answers never race to a duplicate key.
    /// </summary>
    [HttpPut]
    public async Task<ActionResult<UserAnswerRead>> Upsert(UserAnswerCreate body, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == body.UserId, cancellationToken) || !await db.Questions.AnyAsync(q => q.Id == body.QuestionId, cancellationToken))
        {
            return NotFound();
        }

        return await db.UserAnswers.UpsertAsync(body, cancellationToken);
    }
}
