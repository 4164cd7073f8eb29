using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace EntityDtoGen.Sample.Aot.Notes;

public enum NoteStatus
{
    Draft,
    Published,
}

/// <summary>A note as the store keeps it. Clients see and send only its generated DTOs.</summary>
[GenerateDtos]
public class Note
{
    public Guid Id { get; set; }

    // [StringLength] rather than [MaxLength]: MaxLength's constructor is marked unsafe for trimming, so it warns in an AOT app.
    [Required, StringLength(120, MinimumLength = 1)]
    public required string Title { get; set; }

    [StringLength(2000)]
    public string? Body { get; set; }

    public NoteStatus Status { get; set; } = NoteStatus.Draft;

    public List<string> Tags { get; set; } = [];

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }

    /// <summary>Lets the author edit without signing in: never shown, never accepted.</summary>
    [Secret]
    public string EditToken { get; set; } = "";
}

/// <summary>A note in a list.</summary>
[ReadShape(typeof(Note))]
public partial record NoteSummary
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public NoteStatus Status { get; init; }
}
