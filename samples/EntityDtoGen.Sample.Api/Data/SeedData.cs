using System;
using EntityDtoGen.Sample.Api.Domain;

namespace EntityDtoGen.Sample.Api.Data;

/// <summary>Creates the SQLite file and a small seed domain on first run.</summary>
public static class SeedData
{
    public static void EnsureSeeded(SampleDb db)
    {
        if (!db.Database.EnsureCreated())
        {
            return;
        }

        var coach = new UserCreate { Email = "coach@example.com", Password = "coach-password", DisplayName = "Coach" }.ToEntity();
        var ada = new UserCreate { Email = "ada@example.com", Password = "ada-password", DisplayName = "Ada" }.ToEntity();
        ada.Coach = coach;
        ada.Assessments.Add(new Assessment
        {
            Title = "Onboarding",
            Description = "Getting to know you",
            CreatedAt = DateTime.UtcNow,
            Questions =
            {
                new Question { Text = "How did you hear about us?", Order = 1 },
                new Question { Text = "What do you want to learn?", Order = 2 },
            },
        });
        db.Users.AddRange(coach, ada);
        db.SaveChanges();
    }
}
