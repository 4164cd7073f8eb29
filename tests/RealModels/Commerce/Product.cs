using System;
using System.Collections.Generic;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a product.
/// </summary>
[GenerateDtos]
public partial class Product : BaseEntity
{
    private ICollection<ProductCategory>? _productCategories;

    public int ProductTypeId { get; set; }

    public string Name { get; set; } = null!;

    public string? ShortDescription { get; set; }

    public string? FullDescription { get; set; }

    public string? AdminComment { get; set; }

    public string? Sku { get; set; }

    public bool IsShipEnabled { get; set; }

    public bool IsTaxExempt { get; set; }

    public int StockQuantity { get; set; }

    public int OrderMinimumQuantity { get; set; }

    public int OrderMaximumQuantity { get; set; }

    public decimal Price { get; set; }

    public decimal OldPrice { get; set; }

    public decimal ProductCost { get; set; }

    public int DisplayOrder { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>Gets or sets the product type.</summary>
    public ProductType ProductType
    {
        get => (ProductType)ProductTypeId;
        set => ProductTypeId = (int)value;
    }

    /// <summary>Gets or sets the collection of ProductCategory.</summary>
    public virtual ICollection<ProductCategory> ProductCategories
    {
        get => _productCategories ??= new List<ProductCategory>();
        protected set => _productCategories = value;
    }
}
