using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace EntityDtoGen.Benchmarks.Mapping;

/// <summary>
/// The same input objects for every row. EntityDtoGen maps to its generated DTOs; hand-written code, Mapperly, Mapster and
/// AutoMapper map to hand-written DTOs of the same shape (<see cref="HandWrittenMappings"/>). <see cref="Check"/> asserts
/// that every row produces the same values, so the rows time equivalent work.
/// </summary>
public static class MappingInputs
{
    public static readonly Item Item = new()
    {
        Id = new Guid("6f1c2a9e-0d4b-4c59-9a67-2f8d1e3b5c70"),
        Name = "Espresso machine",
        Description = "Dual boiler, PID controlled.",
        Sku = "EM-2000",
        Quantity = 12,
        ReorderLevel = 3,
        Views = 48_211,
        Price = 1_249.50m,
        DiscountPrice = null,
        Rating = 4.7,
        IsActive = true,
        Status = ItemStatus.Active,
        ListedOn = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc),
        PublishedOn = new DateTime(2024, 3, 2, 8, 0, 0, DateTimeKind.Utc),
        CategoryId = new Guid("0a5e3b1c-7d2f-4e8a-b6c9-1f4d2e3a5b6c"),
        Priority = 2,
    };

    public static readonly Order Order = CreateOrder(lines: 10);

    public static readonly ItemCreate Create = new()
    {
        Name = Item.Name,
        Description = Item.Description,
        Sku = Item.Sku,
        Quantity = Item.Quantity,
        ReorderLevel = Item.ReorderLevel,
        Views = Item.Views,
        Price = Item.Price,
        DiscountPrice = Item.DiscountPrice,
        Rating = Item.Rating,
        IsActive = Item.IsActive,
        Status = Item.Status,
        ListedOn = Item.ListedOn,
        PublishedOn = Item.PublishedOn,
        CategoryId = Item.CategoryId,
        Priority = Item.Priority,
    };

    public static readonly ItemCreateDto CreateDto = new()
    {
        Name = Item.Name,
        Description = Item.Description,
        Sku = Item.Sku,
        Quantity = Item.Quantity,
        ReorderLevel = Item.ReorderLevel,
        Views = Item.Views,
        Price = Item.Price,
        DiscountPrice = Item.DiscountPrice,
        Rating = Item.Rating,
        IsActive = Item.IsActive,
        Status = Item.Status,
        ListedOn = Item.ListedOn,
        PublishedOn = Item.PublishedOn,
        CategoryId = Item.CategoryId,
        Priority = Item.Priority,
    };

    /// <summary>3 of 15 members set, to non-null values (the peers' ignore-null equivalents cannot set null).</summary>
    public static readonly ItemUpdate Update = new() { Name = "Renamed", Price = 999.99m, Status = ItemStatus.Archived };

    public static readonly ItemUpdateDto UpdateDto = new() { Name = "Renamed", Price = 999.99m, Status = ItemStatus.Archived };

    public static readonly ItemPatchDto Patch = new() { Name = "Renamed", Price = 999.99m, Status = ItemStatus.Archived };

    /// <summary>A fresh target for ApplyTo, with the values of <see cref="Item"/>. ApplyTo writes the same values on every call.</summary>
    public static Item NewTarget() => CreateDto.ToEntity();

    /// <summary>Throws unless every mapping of a scenario produces the same JSON.</summary>
    public static void Check(string scenario, params object[] results)
    {
        var expected = JsonSerializer.Serialize(results[0], results[0].GetType());
        for (var i = 1; i < results.Length; i++)
        {
            var actual = JsonSerializer.Serialize(results[i], results[i].GetType());
            if (actual != expected)
            {
                throw new InvalidOperationException($"{scenario}: result {i} differs.\nexpected {expected}\nactual   {actual}");
            }
        }
    }

    private static Order CreateOrder(int lines)
    {
        var order = new Order
        {
            Id = new Guid("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
            Number = "SO-10042",
            Customer = "Ada Lovelace",
            Total = 0m,
            PlacedOn = new DateTime(2024, 5, 6, 10, 0, 0, DateTimeKind.Utc),
        };
        for (var i = 0; i < lines; i++)
        {
            var line = new OrderLine
            {
                Id = new Guid(i + 1, 0, 0, [1, 2, 3, 4, 5, 6, 7, 8]),
                OrderId = order.Id,
                Product = "Product " + i,
                Quantity = i + 1,
                UnitPrice = 9.95m * (i + 1),
            };
            order.Lines.Add(line);
            order.Total += line.Quantity * line.UnitPrice;
        }

        return order;
    }
}

/// <summary><c>ToRead</c> of a flat entity (a key and 15 scalars).</summary>
[MemoryDiagnoser]
public class MappingToReadFlat
{
    private readonly Item _item = MappingInputs.Item;

    [GlobalSetup]
    public void Setup() => MappingInputs.Check(nameof(MappingToReadFlat), HandWritten(), EntityDtoGen(), Mapperly(), Mapster(), AutoMapper());

    [Benchmark(Baseline = true)]
    public ItemReadDto HandWritten() => _item.ToReadDto();

    [Benchmark]
    public ItemRead EntityDtoGen() => _item.ToRead();

    [Benchmark]
    public ItemReadDto Mapperly() => MapperlyMappings.ToReadDto(_item);

    [Benchmark]
    public ItemReadDto Mapster() => MapsterMappings.ItemToRead(_item);

    [Benchmark]
    public ItemReadDto AutoMapper() => AutoMapperMappings.Mapper.Map<Item, ItemReadDto>(_item);
}

/// <summary><c>ToRead</c> of an entity whose Read DTO nests an <c>[IncludeInRead]</c> collection of 10 children.</summary>
[MemoryDiagnoser]
public class MappingToReadNested
{
    private readonly Order _order = MappingInputs.Order;

    [GlobalSetup]
    public void Setup() => MappingInputs.Check(nameof(MappingToReadNested), HandWritten(), HandWrittenLinq(), EntityDtoGen(), Mapperly(), Mapster(), AutoMapper());

    [Benchmark(Baseline = true)]
    public OrderReadDto HandWritten() => _order.ToReadDto();

    /// <summary>Hand-written with <c>Select(...).ToList()</c> for the children: for context, not the baseline.</summary>
    [Benchmark]
    public OrderReadDto HandWrittenLinq() => _order.ToReadDtoLinq();

    [Benchmark]
    public OrderRead EntityDtoGen() => _order.ToRead();

    [Benchmark]
    public OrderReadDto Mapperly() => MapperlyMappings.ToReadDto(_order);

    [Benchmark]
    public OrderReadDto Mapster() => MapsterMappings.OrderToRead(_order);

    [Benchmark]
    public OrderReadDto AutoMapper() => AutoMapperMappings.Mapper.Map<Order, OrderReadDto>(_order);
}

/// <summary><c>ToEntity</c>: a Create DTO with 15 members to a new entity.</summary>
[MemoryDiagnoser]
public class MappingToEntity
{
    private readonly ItemCreate _create = MappingInputs.Create;
    private readonly ItemCreateDto _createDto = MappingInputs.CreateDto;

    [GlobalSetup]
    public void Setup() => MappingInputs.Check(nameof(MappingToEntity), HandWritten(), EntityDtoGen(), Mapperly(), Mapster(), AutoMapper());

    [Benchmark(Baseline = true)]
    public Item HandWritten() => _createDto.ToEntity();

    [Benchmark]
    public Item EntityDtoGen() => _create.ToEntity();

    [Benchmark]
    public Item Mapperly() => MapperlyMappings.ToEntity(_createDto);

    [Benchmark]
    public Item Mapster() => MapsterMappings.ToEntity(_createDto);

    [Benchmark]
    public Item AutoMapper() => AutoMapperMappings.Mapper.Map<ItemCreateDto, Item>(_createDto);
}

/// <summary>
/// <c>ApplyTo</c> with 3 of 15 members set. Hand-written and EntityDtoGen read <c>Optional&lt;T&gt;</c> members (absent vs
/// null). The peers have no such notion: their rows use each library's ignore-null option on a DTO with nullable members,
/// which cannot set a member to null. Same 3 assignments, a weaker contract.
/// </summary>
[MemoryDiagnoser]
public class MappingApplyTo
{
    private readonly ItemUpdate _update = MappingInputs.Update;
    private readonly ItemUpdateDto _updateDto = MappingInputs.UpdateDto;
    private readonly ItemPatchDto _patch = MappingInputs.Patch;
    private readonly Item _target = MappingInputs.NewTarget();

    [GlobalSetup]
    public void Setup()
    {
        var results = new List<object>();
        foreach (var apply in new Action<Item>[]
        {
            target => _updateDto.ApplyTo(target),
            target => _update.ApplyTo(target),
            target => MapperlyPatchMappings.ApplyTo(_patch, target),
            target => MapsterMappings.ApplyTo(_patch, target),
            target => AutoMapperMappings.Mapper.Map(_patch, target),
        })
        {
            var target = MappingInputs.NewTarget();
            apply(target);
            results.Add(target);
        }

        MappingInputs.Check(nameof(MappingApplyTo), [.. results]);
        if (((Item)results[0]).Name != "Renamed" || ((Item)results[0]).Description != MappingInputs.Item.Description)
        {
            throw new InvalidOperationException("ApplyTo did not apply exactly the set members.");
        }
    }

    [Benchmark(Baseline = true)]
    public Item HandWritten()
    {
        _updateDto.ApplyTo(_target);
        return _target;
    }

    [Benchmark]
    public Item EntityDtoGen()
    {
        _update.ApplyTo(_target);
        return _target;
    }

    [Benchmark(Description = "Mapperly (ignore nulls)")]
    public Item Mapperly()
    {
        MapperlyPatchMappings.ApplyTo(_patch, _target);
        return _target;
    }

    [Benchmark(Description = "Mapster (ignore nulls)")]
    public Item Mapster() => MapsterMappings.ApplyTo(_patch, _target);

    [Benchmark(Description = "AutoMapper (condition: not null)")]
    public Item AutoMapper() => AutoMapperMappings.Mapper.Map(_patch, _target);
}
