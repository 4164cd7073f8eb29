using System;
using System.Collections.Generic;

namespace EntityDtoGen.Behavior.Tests.Domain;

/// <summary>Deterministic rows for the query tests: users with assessments with questions, a coach, a secret hash each.</summary>
public static class SeedData
{
    public static List<User> AddUsers(TestDbContext db, int users, int assessmentsPerUser = 2, int questionsPerAssessment = 3)
    {
        var added = new List<User>();
        var coach = new User { Id = Guid.NewGuid(), Email = "coach@example.com", HashedPassword = "coach-secret", Role = Role.Coach };
        db.Users.Add(coach);
        for (var u = 0; u < users; u++)
        {
            var user = new User
            {
                Id = Guid.NewGuid(),
                Email = $"user{u:D3}@example.com",
                HashedPassword = "secret-" + u,
                DisplayName = u % 2 == 0 ? null : "User " + u,
                CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(u),
                Coach = coach,
                Address = u % 3 == 0 ? null : new Address { City = "City " + u },
            };
            for (var a = 0; a < assessmentsPerUser; a++)
            {
                var assessment = new Assessment { Id = Guid.NewGuid(), Title = $"Assessment {u}.{a}", Description = a == 0 ? null : "d" };
                for (var q = 0; q < questionsPerAssessment; q++)
                {
                    assessment.Questions.Add(new Question { Id = Guid.NewGuid(), Text = $"Question {u}.{a}.{q}", Order = q + 1 });
                }

                user.Assessments.Add(assessment);
            }

            db.Users.Add(user);
            added.Add(user);
        }

        db.SaveChanges();
        return added;
    }
}
