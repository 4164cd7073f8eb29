using System;
using AutoMapper;
using Mapster;
using Riok.Mapperly.Abstractions;

namespace EntityDtoGen.Benchmarks.Mapping;

/// <summary>Riok.Mapperly: compile-time mappings to the hand-written DTOs.</summary>
[Riok.Mapperly.Abstractions.Mapper]
public static partial class MapperlyMappings
{
    public static partial ItemReadDto ToReadDto(Item entity);

    public static partial OrderReadDto ToReadDto(Order entity);

    public static partial OrderLineReadDto ToReadDto(OrderLine entity);

    [MapperIgnoreTarget(nameof(Item.Id))]
    public static partial Item ToEntity(ItemCreateDto source);
}

/// <summary>Mapperly's closest PATCH equivalent: null source members are not assigned (so it cannot set a member to null).</summary>
[Riok.Mapperly.Abstractions.Mapper(AllowNullPropertyAssignment = false)]
public static partial class MapperlyPatchMappings
{
    [MapperIgnoreTarget(nameof(Item.Id))]
    public static partial void ApplyTo(ItemPatchDto patch, Item entity);
}

/// <summary>Mapster: mappings compiled once from a config, called through the compiled delegates (its fastest path).</summary>
public static class MapsterMappings
{
    private static readonly TypeAdapterConfig Config = CreateConfig();

    public static readonly Func<Item, ItemReadDto> ItemToRead = Config.GetMapFunction<Item, ItemReadDto>();

    public static readonly Func<Order, OrderReadDto> OrderToRead = Config.GetMapFunction<Order, OrderReadDto>();

    public static readonly Func<ItemCreateDto, Item> ToEntity = Config.GetMapFunction<ItemCreateDto, Item>();

    /// <summary>The closest PATCH equivalent: <c>IgnoreNullValues</c>, so null members are skipped (and cannot set null).</summary>
    public static readonly Func<ItemPatchDto, Item, Item> ApplyTo = Config.GetMapToTargetFunction<ItemPatchDto, Item>();

    private static TypeAdapterConfig CreateConfig()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<ItemCreateDto, Item>().Ignore(item => item.Id);
        config.NewConfig<ItemPatchDto, Item>().Ignore(item => item.Id).IgnoreNullValues(true);
        config.Compile();
        return config;
    }
}

/// <summary>AutoMapper 14 (the last MIT release): a validated configuration, mapped with the generic <c>Map&lt;TSource, TDestination&gt;</c>.</summary>
public static class AutoMapperMappings
{
    public static readonly IMapper Mapper = CreateMapper();

    private static IMapper CreateMapper()
    {
        var config = new MapperConfiguration(cfg =>
        {
            cfg.CreateMap<Item, ItemReadDto>();
            cfg.CreateMap<Order, OrderReadDto>();
            cfg.CreateMap<OrderLine, OrderLineReadDto>();
            cfg.CreateMap<ItemCreateDto, Item>().ForMember(item => item.Id, o => o.Ignore());

            // The closest PATCH equivalent: a condition that skips null source members (so it cannot set null). AutoMapper
            // hands the condition a nullable value already converted to the destination type (null int? -> 0), so the
            // usual recipe adds "keep the destination" converters from each nullable value type to its underlying type.
            cfg.CreateMap<int?, int>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<long?, long>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<short?, short>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<decimal?, decimal>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<double?, double>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<bool?, bool>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<DateTime?, DateTime>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<ItemStatus?, ItemStatus>().ConvertUsing((source, destination) => source ?? destination);
            cfg.CreateMap<ItemPatchDto, Item>()
                .ForMember(item => item.Id, o => o.Ignore())
                .ForAllMembers(o => o.Condition((source, destination, sourceMember) => sourceMember is not null));
        });
        config.AssertConfigurationIsValid();
        return config.CreateMapper();
    }
}
