using System;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a currency. The identifier is the ISO 4217 numeric code (840 for USD, 978 for EUR).
/// </summary>
[GenerateDtos]
public partial class Currency : BaseEntity
{
    public string Name { get; set; } = null!;

    /// <summary>Gets or sets the ISO 4217 alphabetic code.</summary>
    public string CurrencyCode { get; set; } = null!;

    public decimal Rate { get; set; }

    public string? DisplayLocale { get; set; }

    public string? CustomFormatting { get; set; }

    public bool LimitedToStores { get; set; }

    public bool Published { get; set; }

    public int DisplayOrder { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public int RoundingTypeId { get; set; }

    /// <summary>Gets or sets the rounding type.</summary>
    public RoundingType RoundingType
    {
        get => (RoundingType)RoundingTypeId;
        set => RoundingTypeId = (int)value;
    }
}
