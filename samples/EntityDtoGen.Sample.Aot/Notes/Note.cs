using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

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

    // [MaxLength]'s constructor is marked unsafe for trimming (it may read Count by reflection), so trimming warns about
    // it here; on a string it never does. The DTOs EntityDtoGen generates from this property say so themselves.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "MaxLength on a string counts its length without reflection.")]
    [Required, MaxLength(120)]
    public required string Title { get; set; }

    // [StringLength] has no such warning.
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
