using System;
using System.Collections.Generic;

namespace EntityDtoGen.Behavior.Tests.Domain;

/// <summary>A user in a list: own columns, a flattened owned value, the coach's name, a count and nested cards.</summary>
[ReadShape(typeof(User))]
public partial record UserListItem
{
    public Guid Id { get; init; }

    public required string Email { get; init; }

    public string? DisplayName { get; init; }

    public string? AddressCity { get; init; }

    public string? CoachDisplayName { get; init; }

    public int AssessmentsCount { get; init; }

    public required IReadOnlyList<AssessmentCard> Assessments { get; init; }
}

/// <summary>An assessment in a list: its owner's email through a required reference, and its questions as Read DTOs.</summary>
[ReadShape(typeof(Assessment))]
public partial record AssessmentCard
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public required string OwnerEmail { get; init; }

    public long QuestionsCount { get; init; }

    public QuestionRead[] Questions { get; init; } = [];
}
