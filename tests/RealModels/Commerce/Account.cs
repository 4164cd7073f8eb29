using System;
using System.ComponentModel.DataAnnotations;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// A back-office (staff) account that signs in to the administration area.
/// </summary>
[GenerateDtos]
public class Account : BaseEntity
{
    [Required]
    [MaxLength(100)]
    public string Username { get; set; } = "";

    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    [Secret]
    public string PasswordHash { get; set; } = "";

    public int StatusId { get; set; }

    public AccountStatus Status
    {
        get => (AccountStatus)StatusId;
        set => StatusId = (int)value;
    }

    public int FailedLoginCount { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public DateTime? LastLoginOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
