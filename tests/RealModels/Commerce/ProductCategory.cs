using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a product category mapping.
/// </summary>
[GenerateDtos]
public partial class ProductCategory
{
    public int ProductId { get; set; }

    public int CategoryId { get; set; }

    public bool IsFeaturedProduct { get; set; }

    public int DisplayOrder { get; set; }

    public virtual Product Product { get; set; } = null!;

    public virtual Category Category { get; set; } = null!;
}
