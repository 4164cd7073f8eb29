using System;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a setting.
/// </summary>
[GenerateDtos]
public partial class Setting : BaseEntity
{
    public Setting()
    {
    }

    public Setting(string name, string value, int storeId = 0)
    {
        Name = name;
        Value = value;
        StoreId = storeId;
    }

    public string Name { get; set; } = null!;

    public string Value { get; set; } = null!;

    /// <summary>Gets or sets the store for which this setting is valid. 0 is set when the setting is for all stores.</summary>
    public int StoreId { get; set; }

    /// <summary>Filled in by the database when the row is inserted.</summary>
    public DateTime ValueChangedOnUtc { get; set; }

    public byte[]? RowVersion { get; set; }

    public override string ToString() => Name;
}
