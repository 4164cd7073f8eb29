using System;
using System.Collections.Generic;

namespace EntityDtoGen.Benchmarks.Mapping;

// Hand-written DTOs with the same shape as the generated ones (sealed records, init-only members, the same types and
// `required` members). The hand-written mappings and the peer libraries all map to these: a source generator cannot
// see another generator's output, so Mapperly could not map to ItemRead, and runtime mappers are kept on the same types.

public sealed record ItemReadDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Sku { get; init; }

    public int Quantity { get; init; }

    public int? ReorderLevel { get; init; }

    public long Views { get; init; }

    public decimal Price { get; init; }

    public decimal? DiscountPrice { get; init; }

    public double Rating { get; init; }

    public bool IsActive { get; init; }

    public ItemStatus Status { get; init; }

    public DateTime ListedOn { get; init; }

    public DateTime? PublishedOn { get; init; }

    public Guid? CategoryId { get; init; }

    public short Priority { get; init; }
}

public sealed record ItemCreateDto
{
    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public string Sku { get; init; } = "";

    public required int Quantity { get; init; }

    public int? ReorderLevel { get; init; }

    public required long Views { get; init; }

    public required decimal Price { get; init; }

    public decimal? DiscountPrice { get; init; }

    public required double Rating { get; init; }

    public required bool IsActive { get; init; }

    public required ItemStatus Status { get; init; }

    public required DateTime ListedOn { get; init; }

    public DateTime? PublishedOn { get; init; }

    public Guid? CategoryId { get; init; }

    public required short Priority { get; init; }
}

/// <summary>A hand-written PATCH DTO with the generated one's absent-vs-null semantics (<see cref="Optional{T}"/> members).</summary>
public sealed record ItemUpdateDto
{
    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string> Sku { get; init; }

    public Optional<int> Quantity { get; init; }

    public Optional<int?> ReorderLevel { get; init; }

    public Optional<long> Views { get; init; }

    public Optional<decimal> Price { get; init; }

    public Optional<decimal?> DiscountPrice { get; init; }

    public Optional<double> Rating { get; init; }

    public Optional<bool> IsActive { get; init; }

    public Optional<ItemStatus> Status { get; init; }

    public Optional<DateTime> ListedOn { get; init; }

    public Optional<DateTime?> PublishedOn { get; init; }

    public Optional<Guid?> CategoryId { get; init; }

    public Optional<short> Priority { get; init; }
}

/// <summary>
/// The PATCH DTO the peer libraries can work with: every member nullable, null meaning "leave unchanged". It cannot
/// express "set to null", so it is the closest equivalent, not the same contract.
/// </summary>
public sealed record ItemPatchDto
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Sku { get; init; }

    public int? Quantity { get; init; }

    public int? ReorderLevel { get; init; }

    public long? Views { get; init; }

    public decimal? Price { get; init; }

    public decimal? DiscountPrice { get; init; }

    public double? Rating { get; init; }

    public bool? IsActive { get; init; }

    public ItemStatus? Status { get; init; }

    public DateTime? ListedOn { get; init; }

    public DateTime? PublishedOn { get; init; }

    public Guid? CategoryId { get; init; }

    public short? Priority { get; init; }
}

public sealed record OrderReadDto
{
    public Guid Id { get; init; }

    public required string Number { get; init; }

    public string? Customer { get; init; }

    public decimal Total { get; init; }

    public DateTime PlacedOn { get; init; }

    public required IReadOnlyList<OrderLineReadDto> Lines { get; init; }
}

public sealed record OrderLineReadDto
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public required string Product { get; init; }

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }
}

/// <summary>What a developer would write by hand: object initializers, a pre-sized list filled in a loop, <c>if (HasValue)</c> per member.</summary>
public static class HandWrittenMappings
{
    public static ItemReadDto ToReadDto(this Item entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        Description = entity.Description,
        Sku = entity.Sku,
        Quantity = entity.Quantity,
        ReorderLevel = entity.ReorderLevel,
        Views = entity.Views,
        Price = entity.Price,
        DiscountPrice = entity.DiscountPrice,
        Rating = entity.Rating,
        IsActive = entity.IsActive,
        Status = entity.Status,
        ListedOn = entity.ListedOn,
        PublishedOn = entity.PublishedOn,
        CategoryId = entity.CategoryId,
        Priority = entity.Priority,
    };

    public static OrderReadDto ToReadDto(this Order entity)
    {
        var lines = new List<OrderLineReadDto>(entity.Lines.Count);
        foreach (var line in entity.Lines)
        {
            lines.Add(line.ToReadDto());
        }

        return new OrderReadDto
        {
            Id = entity.Id,
            Number = entity.Number,
            Customer = entity.Customer,
            Total = entity.Total,
            PlacedOn = entity.PlacedOn,
            Lines = lines,
        };
    }

    /// <summary>The same mapping written with LINQ, as it is often written by hand.</summary>
    public static OrderReadDto ToReadDtoLinq(this Order entity) => new()
    {
        Id = entity.Id,
        Number = entity.Number,
        Customer = entity.Customer,
        Total = entity.Total,
        PlacedOn = entity.PlacedOn,
        Lines = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(entity.Lines, line => line.ToReadDto())),
    };

    public static OrderLineReadDto ToReadDto(this OrderLine entity) => new()
    {
        Id = entity.Id,
        OrderId = entity.OrderId,
        Product = entity.Product,
        Quantity = entity.Quantity,
        UnitPrice = entity.UnitPrice,
    };

    public static Item ToEntity(this ItemCreateDto source) => new()
    {
        Name = source.Name,
        Description = source.Description,
        Sku = source.Sku,
        Quantity = source.Quantity,
        ReorderLevel = source.ReorderLevel,
        Views = source.Views,
        Price = source.Price,
        DiscountPrice = source.DiscountPrice,
        Rating = source.Rating,
        IsActive = source.IsActive,
        Status = source.Status,
        ListedOn = source.ListedOn,
        PublishedOn = source.PublishedOn,
        CategoryId = source.CategoryId,
        Priority = source.Priority,
    };

    public static void ApplyTo(this ItemUpdateDto update, Item entity)
    {
        if (update.Name.HasValue)
        {
            entity.Name = update.Name.Value;
        }

        if (update.Description.HasValue)
        {
            entity.Description = update.Description.Value;
        }

        if (update.Sku.HasValue)
        {
            entity.Sku = update.Sku.Value;
        }

        if (update.Quantity.HasValue)
        {
            entity.Quantity = update.Quantity.Value;
        }

        if (update.ReorderLevel.HasValue)
        {
            entity.ReorderLevel = update.ReorderLevel.Value;
        }

        if (update.Views.HasValue)
        {
            entity.Views = update.Views.Value;
        }

        if (update.Price.HasValue)
        {
            entity.Price = update.Price.Value;
        }

        if (update.DiscountPrice.HasValue)
        {
            entity.DiscountPrice = update.DiscountPrice.Value;
        }

        if (update.Rating.HasValue)
        {
            entity.Rating = update.Rating.Value;
        }

        if (update.IsActive.HasValue)
        {
            entity.IsActive = update.IsActive.Value;
        }

        if (update.Status.HasValue)
        {
            entity.Status = update.Status.Value;
        }

        if (update.ListedOn.HasValue)
        {
            entity.ListedOn = update.ListedOn.Value;
        }

        if (update.PublishedOn.HasValue)
        {
            entity.PublishedOn = update.PublishedOn.Value;
        }

        if (update.CategoryId.HasValue)
        {
            entity.CategoryId = update.CategoryId.Value;
        }

        if (update.Priority.HasValue)
        {
            entity.Priority = update.Priority.Value;
        }
    }
}
