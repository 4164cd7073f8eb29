using System;
using System.Collections.Generic;

namespace EntityDtoGen.Benchmarks.Mapping;

public enum ItemStatus
{
    Draft,
    Active,
    Archived,
}

/// <summary>A flat entity: a key and 15 scalar members of mixed types and nullability.</summary>
[GenerateDtos]
public class Item
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public int? ReorderLevel { get; set; }

    public long Views { get; set; }

    public decimal Price { get; set; }

    public decimal? DiscountPrice { get; set; }

    public double Rating { get; set; }

    public bool IsActive { get; set; }

    public ItemStatus Status { get; set; }

    public DateTime ListedOn { get; set; }

    public DateTime? PublishedOn { get; set; }

    public Guid? CategoryId { get; set; }

    public short Priority { get; set; }
}

/// <summary>An entity whose Read DTO nests a collection: <c>OrderRead.Lines</c> is a list of <c>OrderLineRead</c>.</summary>
[GenerateDtos]
public class Order
{
    public Guid Id { get; set; }

    public string Number { get; set; } = "";

    public string? Customer { get; set; }

    public decimal Total { get; set; }

    public DateTime PlacedOn { get; set; }

    [IncludeInRead]
    public List<OrderLine> Lines { get; set; } = [];
}

[GenerateDtos]
public class OrderLine
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string Product { get; set; } = "";

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}
