using System;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents an order item.
/// </summary>
[GenerateDtos]
public partial class OrderItem : BaseEntity
{
    public Guid OrderItemGuid { get; set; }

    public int OrderId { get; set; }

    public int ProductId { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPriceInclTax { get; set; }

    public decimal UnitPriceExclTax { get; set; }

    public decimal PriceInclTax { get; set; }

    public decimal PriceExclTax { get; set; }

    public decimal DiscountAmountInclTax { get; set; }

    public decimal OriginalProductCost { get; set; }

    public string? AttributeDescription { get; set; }

    public decimal? ItemWeight { get; set; }

    public virtual Order Order { get; set; } = null!;

    public virtual Product Product { get; set; } = null!;
}
