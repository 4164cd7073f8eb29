using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace EntityDtoGen.Behavior.Domain;

/// <summary>A writer.</summary>
public class Author
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The name on the cover.</summary>
    [Required, MaxLength(200)]
    public required string Name { get; set; }

    /// <summary>Where royalties go: never sent to a client.</summary>
    [Secret]
    public string PayoutAccount { get; set; } = "";

    /// <summary>When the author joined.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The author's books.</summary>
    [IncludeInRead]
    public List<Book> Books { get; set; } = [];
}

/// <summary>A book.</summary>
public class Book
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The title.</summary>
    [Required, MaxLength(300)]
    public required string Title { get; set; }

    /// <summary>The ISBN-13.</summary>
    [RegularExpression(@"^\d{13}$")]
    public string? Isbn { get; set; }

    /// <summary>The author's key.</summary>
    public int AuthorId { get; set; }

    /// <summary>The author.</summary>
    public Author? Author { get; set; }
}
