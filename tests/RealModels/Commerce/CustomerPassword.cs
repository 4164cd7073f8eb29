using System;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a customer password.
/// </summary>
[GenerateDtos]
public partial class CustomerPassword : BaseEntity
{
    public CustomerPassword()
    {
        PasswordFormat = PasswordFormat.Clear;
    }

    public int CustomerId { get; set; }

    public string? Password { get; set; }

    public int PasswordFormatId { get; set; }

    public string? PasswordSalt { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets the password format.</summary>
    public PasswordFormat PasswordFormat
    {
        get => (PasswordFormat)PasswordFormatId;
        set => PasswordFormatId = (int)value;
    }
}
