using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace EntityDtoGen.Sample.Api.Domain;

/// <summary>A person who takes assessments.</summary>
[GenerateDtos]
public class User
{
    public Guid Id { get; set; }

    /// <summary>The address the user signs in with.</summary>
    [EmailAddress, MaxLength(256)]
    public required string Email { get; set; }

    [Secret]
    public string HashedPassword { get; set; } = "";

    [ServerGenerated]
    public DateTime CreatedAt { get; set; }

    [ServerGenerated]
    public bool IsAdmin { get; set; }

    /// <summary>The name shown to other users; null shows the email.</summary>
    [MaxLength(100)]
    public string? DisplayName { get; set; }

    /// <summary>The user's coach, if any.</summary>
    public Guid? CoachId { get; set; }

    public User? Coach { get; set; }

    [IncludeInRead]
    public List<Assessment> Assessments { get; set; } = [];
}

/// <summary>What a client sends that the entity does not store.</summary>
public partial record UserCreate
{
    /// <summary>The password; only its hash is stored.</summary>
    [Secret, Required, MinLength(8)]
    public required string Password { get; init; }
}

public static partial class UserDtoMappings
{
    static partial void OnToEntity(UserCreate source, User entity)
    {
        entity.HashedPassword = PasswordHashing.Hash(source.Password);
        entity.CreatedAt = DateTime.UtcNow;
    }
}
