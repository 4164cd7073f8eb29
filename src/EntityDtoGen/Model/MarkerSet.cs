namespace EntityDtoGen.Model;

/// <summary>Mirror of <c>System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedOption</c>.</summary>
internal enum DatabaseGeneratedOption
{
    None = 0,
    Identity = 1,
    Computed = 2,
}

/// <summary>The markers on one property, its own and those of the properties it overrides.</summary>
internal readonly record struct MarkerSet(
    bool Secret,
    bool NotSecret,
    bool ServerGenerated,
    bool ClientWritable,
    bool CreateOnly,
    bool IncludeInRead,
    bool NotMapped,
    bool Key,
    bool Timestamp,
    DatabaseGeneratedOption? DatabaseGenerated);
