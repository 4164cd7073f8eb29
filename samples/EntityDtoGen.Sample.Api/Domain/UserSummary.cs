using System;

namespace EntityDtoGen.Sample.Api.Domain;

/// <summary>A user in a list: what a list page shows, selected in one SQL statement with only these columns.</summary>
[ReadShape(typeof(User))]
public partial record UserSummary
{
    public Guid Id { get; init; }

    public required string Email { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>The coach's display name (User.Coach.DisplayName), or null.</summary>
    public string? CoachDisplayName { get; init; }

    /// <summary>How many assessments the user owns, counted by the database.</summary>
    public int AssessmentsCount { get; init; }
}
