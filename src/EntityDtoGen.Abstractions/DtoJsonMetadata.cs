using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EntityDtoGen;

/// <summary>
/// Builds System.Text.Json metadata for generated DTOs and read shapes without reflection, through the same public
/// <see cref="JsonMetadataServices"/> API that System.Text.Json's own source generator emits calls to. The generated
/// <c>DtoJson</c> class calls these helpers, one line per member, so each DTO's metadata stays short. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DtoJsonMetadata
{
    /// <summary>
    /// Registers a DTO or shape and the collections an endpoint returns or takes it in (<c>List&lt;T&gt;</c>, arrays,
    /// <c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IAsyncEnumerable&lt;T&gt;</c>, …), which no
    /// source-generated context can describe, as it cannot see the generated type.
    /// </summary>
    /// <typeparam name="T">The DTO or shape.</typeparam>
    /// <param name="types">The generated resolver's registrations.</param>
    /// <param name="create">Creates the DTO's own metadata.</param>
    public static void Register<T>(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> types, Func<JsonSerializerOptions, JsonTypeInfo> create)
        where T : notnull
    {
        if (types is null)
        {
            throw new ArgumentNullException(nameof(types));
        }

        types[typeof(T)] = create;
        types[typeof(List<T>)] = static options => List<T>(options);
        types[typeof(T[])] = static options => Array<T>(options);
        types[typeof(IEnumerable<T>)] = static options => Sequence<IEnumerable<T>, T>(options);
        types[typeof(IReadOnlyList<T>)] = static options => Sequence<IReadOnlyList<T>, T>(options);
        types[typeof(IReadOnlyCollection<T>)] = static options => Sequence<IReadOnlyCollection<T>, T>(options);
        types[typeof(IList<T>)] = static options => ListInterface<IList<T>, T>(options);
        types[typeof(ICollection<T>)] = static options => Collection<ICollection<T>, T>(options);
        types[typeof(IAsyncEnumerable<T>)] = static options =>
            JsonMetadataServices.CreateIAsyncEnumerableInfo<IAsyncEnumerable<T>, T>(options, new JsonCollectionInfoValues<IAsyncEnumerable<T>>());
    }

    /// <summary>Metadata for a type read and written by <paramref name="converter"/>, unless the options name a converter of their own for it.</summary>
    public static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, ConverterFromOptions<T>(options) ?? converter);

    /// <summary>Metadata for an enum, written as a number unless the options hold a converter for it (<c>JsonStringEnumConverter&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<T> Enum<T>(JsonSerializerOptions options)
        where T : struct, System.Enum =>
        Value(options, JsonMetadataServices.GetEnumConverter<T>(options));

    /// <summary>Metadata for a <see cref="Nullable{T}"/>; the underlying type's metadata comes from the options.</summary>
    public static JsonTypeInfo<T?> Nullable<T>(JsonSerializerOptions options)
        where T : struct =>
        Value(options, JsonMetadataServices.GetNullableConverter<T>(options));

    /// <summary>Metadata for an <see cref="Optional{T}"/> member of an Update DTO.</summary>
    public static JsonTypeInfo<Optional<T>> Optional<T>(JsonSerializerOptions options) =>
        Value(options, new OptionalJsonConverter<T>());

    /// <summary>Metadata for a <see cref="List{T}"/>.</summary>
    public static JsonTypeInfo<List<T>> List<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateListInfo<List<T>, T>(options, new JsonCollectionInfoValues<List<T>> { ObjectCreator = static () => new List<T>() });

    /// <summary>Metadata for an array.</summary>
    public static JsonTypeInfo<T[]> Array<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateArrayInfo<T>(options, new JsonCollectionInfoValues<T[]>());

    /// <summary>Metadata for a read-only sequence interface (<c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>), read into a <see cref="List{T}"/>.</summary>
    public static JsonTypeInfo<TCollection> Sequence<TCollection, T>(JsonSerializerOptions options)
        where TCollection : IEnumerable<T> =>
        JsonMetadataServices.CreateIEnumerableInfo<TCollection, T>(options, new JsonCollectionInfoValues<TCollection>());

    /// <summary>Metadata for <see cref="ICollection{T}"/>, read into a <see cref="List{T}"/>.</summary>
    public static JsonTypeInfo<TCollection> Collection<TCollection, T>(JsonSerializerOptions options)
        where TCollection : ICollection<T> =>
        JsonMetadataServices.CreateICollectionInfo<TCollection, T>(options, new JsonCollectionInfoValues<TCollection>());

    /// <summary>Metadata for <see cref="IList{T}"/>, read into a <see cref="List{T}"/>.</summary>
    public static JsonTypeInfo<TCollection> ListInterface<TCollection, T>(JsonSerializerOptions options)
        where TCollection : IList<T> =>
        JsonMetadataServices.CreateIListInfo<TCollection, T>(options, new JsonCollectionInfoValues<TCollection>());

    /// <summary>Metadata for a <see cref="HashSet{T}"/>.</summary>
    public static JsonTypeInfo<HashSet<T>> HashSet<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateISetInfo<HashSet<T>, T>(options, new JsonCollectionInfoValues<HashSet<T>> { ObjectCreator = static () => new HashSet<T>() });

    /// <summary>Metadata for <see cref="ISet{T}"/>, read into a <see cref="HashSet{T}"/>.</summary>
    public static JsonTypeInfo<ISet<T>> Set<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateISetInfo<ISet<T>, T>(options, new JsonCollectionInfoValues<ISet<T>> { ObjectCreator = static () => new HashSet<T>() });

    /// <summary>Metadata for a <see cref="Dictionary{TKey, TValue}"/>.</summary>
    public static JsonTypeInfo<Dictionary<TKey, TValue>> Dictionary<TKey, TValue>(JsonSerializerOptions options)
        where TKey : notnull =>
        JsonMetadataServices.CreateDictionaryInfo<Dictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<Dictionary<TKey, TValue>> { ObjectCreator = static () => new Dictionary<TKey, TValue>() });

    /// <summary>Metadata for <see cref="IDictionary{TKey, TValue}"/>, read into a <see cref="Dictionary{TKey, TValue}"/>.</summary>
    public static JsonTypeInfo<IDictionary<TKey, TValue>> DictionaryInterface<TKey, TValue>(JsonSerializerOptions options)
        where TKey : notnull =>
        JsonMetadataServices.CreateIDictionaryInfo<IDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<IDictionary<TKey, TValue>> { ObjectCreator = static () => new Dictionary<TKey, TValue>() });

    /// <summary>Metadata for <see cref="IReadOnlyDictionary{TKey, TValue}"/>, read into a <see cref="Dictionary{TKey, TValue}"/>.</summary>
    public static JsonTypeInfo<IReadOnlyDictionary<TKey, TValue>> ReadOnlyDictionary<TKey, TValue>(JsonSerializerOptions options)
        where TKey : notnull =>
        JsonMetadataServices.CreateIReadOnlyDictionaryInfo<IReadOnlyDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<IReadOnlyDictionary<TKey, TValue>>());

    /// <summary>
    /// Metadata for a DTO or shape. <paramref name="create"/> runs the object initializer with the values read for the
    /// <see cref="DtoJsonMember.Init"/> properties, in their order; the other members are set afterwards through their
    /// setters. The initializer's slots are described by those properties, so the generated code lists each member once.
    /// </summary>
    /// <param name="options">The options the metadata is for.</param>
    /// <param name="create">Runs the object initializer with the values read for the init members.</param>
    /// <param name="properties">Describes the members, built by <see cref="Property"/>.</param>
    /// <param name="slot">Completes each initializer slot with what only System.Text.Json 9 or later can say (nullability), or null.</param>
    public static JsonTypeInfo<T> Object<T>(
        JsonSerializerOptions options,
        Func<object[], T> create,
        Func<JsonSerializerOptions, JsonPropertyInfo[]> properties,
        Func<JsonParameterInfoValues, bool, JsonParameterInfoValues>? slot = null)
        where T : notnull
    {
        if (ConverterFromOptions<T>(options) is { } converter)
        {
            return JsonMetadataServices.CreateValueInfo<T>(options, converter);
        }

        // One list for both initializers: the slots are read from the same property objects System.Text.Json gets.
        JsonPropertyInfo[]? built = null;
        var info = JsonMetadataServices.CreateObjectInfo<T>(options, new JsonObjectInfoValues<T>
        {
            ObjectWithParameterizedConstructorCreator = create,
            ConstructorParameterMetadataInitializer = () => Slots(built ??= properties(options), slot),
            PropertyMetadataInitializer = _ => built ??= properties(options),
        });

        // JsonObjectInfoValues cannot say "inherit": without this the type would be Strict whatever the options say.
        info.NumberHandling = null;
        return info;
    }

    /// <summary>One member of a DTO or shape.</summary>
    /// <param name="options">The options the metadata is for.</param>
    /// <param name="name">The C# member name; the options' naming policy applies unless <paramref name="jsonName"/> is given.</param>
    /// <param name="get">Reads the member.</param>
    /// <param name="set">Sets a member with a public setter, or null.</param>
    /// <param name="member">How the member is read and written.</param>
    /// <param name="jsonName">The name from <c>[JsonPropertyName]</c>, or null.</param>
    /// <param name="ignore">The condition from <c>[JsonIgnore(Condition = …)]</c>, or null.</param>
    /// <param name="converter">The converter from <c>[JsonConverter]</c>, or null.</param>
    /// <param name="numberHandling">The handling from <c>[JsonNumberHandling]</c>, or null.</param>
    /// <param name="order">The order from <c>[JsonPropertyOrder]</c>.</param>
    /// <param name="defaultValue">With <see cref="DtoJsonMember.HasDefault"/>: the constant an init member keeps when the JSON leaves it out.</param>
    public static JsonPropertyInfo Property<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TDto, TValue>(
        JsonSerializerOptions options,
        string name,
        Func<TDto, TValue> get,
        Action<TDto, TValue>? set,
        DtoJsonMember member,
        string? jsonName = null,
        JsonIgnoreCondition? ignore = null,
        JsonConverter<TValue>? converter = null,
        JsonNumberHandling? numberHandling = null,
        int order = 0,
        TValue? defaultValue = default)
    {
        Action<object, TValue?>? setter = null;
        if (set is not null)
        {
            setter = (target, value) => set((TDto)target, value!);
        }
        else if ((member & DtoJsonMember.Init) != 0)
        {
            // The creator sets init members; System.Text.Json wants a setter on every member it may read.
            setter = static (_, _) => throw new InvalidOperationException("An init member is set by the object initializer of the generated metadata.");
        }

        var property = JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<TValue>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(TDto),
            PropertyName = name,
            JsonPropertyName = jsonName,
            Getter = target => get((TDto)target),
            Setter = setter,
            IgnoreCondition = ignore,
            Converter = converter,
            NumberHandling = numberHandling,
        });
        property.IsRequired = (member & DtoJsonMember.Required) != 0;
        property.Order = order;

        // What reflection would offer: OpenAPI reads validation attributes and descriptions through it.
        property.AttributeProvider = typeof(TDto).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if ((member & DtoJsonMember.Init) != 0)
        {
            InitSlots.Add(property, new InitSlot(name, typeof(TValue), (member & DtoJsonMember.HasDefault) != 0, defaultValue, (member & DtoJsonMember.Nullable) != 0));
        }

        return property;
    }

    /// <summary>
    /// The creator's slots: one per <see cref="DtoJsonMember.Init"/> property, in order. A member missing from the JSON
    /// gets its constant default or <c>default</c>; a required one is an error first (its property is <c>IsRequired</c>).
    /// </summary>
    private static JsonParameterInfoValues[] Slots(JsonPropertyInfo[] properties, Func<JsonParameterInfoValues, bool, JsonParameterInfoValues>? complete)
    {
        var slots = new List<JsonParameterInfoValues>();
        foreach (var property in properties)
        {
            if (InitSlots.TryGetValue(property, out var init))
            {
                var slot = new JsonParameterInfoValues
                {
                    Name = init.Name,
                    ParameterType = init.Type,
                    Position = slots.Count,
                    HasDefaultValue = init.HasDefault,
                    DefaultValue = init.DefaultValue,
                };
                slots.Add(complete is null ? slot : complete(slot, init.Nullable));
            }
        }

        return slots.ToArray();
    }

    /// <summary>What <see cref="Property"/> knows of an init member's slot, kept until <see cref="Object"/> builds the slots.</summary>
    private static readonly ConditionalWeakTable<JsonPropertyInfo, InitSlot> InitSlots = new();

    private sealed record InitSlot(string Name, Type Type, bool HasDefault, object? DefaultValue, bool Nullable);

    /// <summary>
    /// The value read for an <c>init</c> member whose initializer is a new object (<c>[]</c>, <c>new()</c>): when the JSON
    /// leaves the member out or sends null, the member gets that new object rather than null.
    /// </summary>
    public static T ValueOr<T>(object? value, Func<T> initializer) => value is T read ? read : initializer();

    /// <summary>Metadata for the framework types a DTO member may have, or null for any other type.</summary>
    public static JsonTypeInfo? BuiltIn(Type type, JsonSerializerOptions options) =>
        BuiltInTypes.TryGetValue(type, out var create) ? create(options) : null;

    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> BuiltInTypes = new()
    {
        [typeof(string)] = static o => Value(o, JsonMetadataServices.StringConverter),
        [typeof(bool)] = static o => Value(o, JsonMetadataServices.BooleanConverter),
        [typeof(bool?)] = static o => Nullable<bool>(o),
        [typeof(byte)] = static o => Value(o, JsonMetadataServices.ByteConverter),
        [typeof(byte?)] = static o => Nullable<byte>(o),
        [typeof(sbyte)] = static o => Value(o, JsonMetadataServices.SByteConverter),
        [typeof(sbyte?)] = static o => Nullable<sbyte>(o),
        [typeof(short)] = static o => Value(o, JsonMetadataServices.Int16Converter),
        [typeof(short?)] = static o => Nullable<short>(o),
        [typeof(ushort)] = static o => Value(o, JsonMetadataServices.UInt16Converter),
        [typeof(ushort?)] = static o => Nullable<ushort>(o),
        [typeof(int)] = static o => Value(o, JsonMetadataServices.Int32Converter),
        [typeof(int?)] = static o => Nullable<int>(o),
        [typeof(uint)] = static o => Value(o, JsonMetadataServices.UInt32Converter),
        [typeof(uint?)] = static o => Nullable<uint>(o),
        [typeof(long)] = static o => Value(o, JsonMetadataServices.Int64Converter),
        [typeof(long?)] = static o => Nullable<long>(o),
        [typeof(ulong)] = static o => Value(o, JsonMetadataServices.UInt64Converter),
        [typeof(ulong?)] = static o => Nullable<ulong>(o),
        [typeof(Int128)] = static o => Value(o, JsonMetadataServices.Int128Converter),
        [typeof(Int128?)] = static o => Nullable<Int128>(o),
        [typeof(UInt128)] = static o => Value(o, JsonMetadataServices.UInt128Converter),
        [typeof(UInt128?)] = static o => Nullable<UInt128>(o),
        [typeof(Half)] = static o => Value(o, JsonMetadataServices.HalfConverter),
        [typeof(Half?)] = static o => Nullable<Half>(o),
        [typeof(float)] = static o => Value(o, JsonMetadataServices.SingleConverter),
        [typeof(float?)] = static o => Nullable<float>(o),
        [typeof(double)] = static o => Value(o, JsonMetadataServices.DoubleConverter),
        [typeof(double?)] = static o => Nullable<double>(o),
        [typeof(decimal)] = static o => Value(o, JsonMetadataServices.DecimalConverter),
        [typeof(decimal?)] = static o => Nullable<decimal>(o),
        [typeof(char)] = static o => Value(o, JsonMetadataServices.CharConverter),
        [typeof(char?)] = static o => Nullable<char>(o),
        [typeof(Guid)] = static o => Value(o, JsonMetadataServices.GuidConverter),
        [typeof(Guid?)] = static o => Nullable<Guid>(o),
        [typeof(DateTime)] = static o => Value(o, JsonMetadataServices.DateTimeConverter),
        [typeof(DateTime?)] = static o => Nullable<DateTime>(o),
        [typeof(DateTimeOffset)] = static o => Value(o, JsonMetadataServices.DateTimeOffsetConverter),
        [typeof(DateTimeOffset?)] = static o => Nullable<DateTimeOffset>(o),
        [typeof(DateOnly)] = static o => Value(o, JsonMetadataServices.DateOnlyConverter),
        [typeof(DateOnly?)] = static o => Nullable<DateOnly>(o),
        [typeof(TimeOnly)] = static o => Value(o, JsonMetadataServices.TimeOnlyConverter),
        [typeof(TimeOnly?)] = static o => Nullable<TimeOnly>(o),
        [typeof(TimeSpan)] = static o => Value(o, JsonMetadataServices.TimeSpanConverter),
        [typeof(TimeSpan?)] = static o => Nullable<TimeSpan>(o),
        [typeof(byte[])] = static o => Value(o, JsonMetadataServices.ByteArrayConverter),
        [typeof(Memory<byte>)] = static o => Value(o, JsonMetadataServices.MemoryByteConverter),
        [typeof(ReadOnlyMemory<byte>)] = static o => Value(o, JsonMetadataServices.ReadOnlyMemoryByteConverter),
        [typeof(Uri)] = static o => Value(o, JsonMetadataServices.UriConverter),
        [typeof(Version)] = static o => Value(o, JsonMetadataServices.VersionConverter),
        [typeof(JsonElement)] = static o => Value(o, JsonMetadataServices.JsonElementConverter),
        [typeof(JsonElement?)] = static o => Nullable<JsonElement>(o),
        [typeof(JsonDocument)] = static o => Value(o, JsonMetadataServices.JsonDocumentConverter),
        [typeof(JsonNode)] = static o => Value(o, JsonMetadataServices.JsonNodeConverter),
        [typeof(JsonObject)] = static o => Value(o, JsonMetadataServices.JsonObjectConverter),
        [typeof(JsonArray)] = static o => Value(o, JsonMetadataServices.JsonArrayConverter),
        [typeof(JsonValue)] = static o => Value(o, JsonMetadataServices.JsonValueConverter),
        [typeof(object)] = static o => Value(o, JsonMetadataServices.ObjectConverter),
    };

    /// <summary>A converter the options hold for <typeparamref name="T"/> (<c>options.Converters</c>), as reflection-based serialization would use.</summary>
    private static JsonConverter<T>? ConverterFromOptions<T>(JsonSerializerOptions options)
    {
        foreach (var candidate in options.Converters)
        {
            if (candidate.CanConvert(typeof(T)))
            {
                var converter = candidate is JsonConverterFactory factory ? factory.CreateConverter(typeof(T), options) : candidate;
                return converter as JsonConverter<T>;
            }
        }

        return null;
    }
}
