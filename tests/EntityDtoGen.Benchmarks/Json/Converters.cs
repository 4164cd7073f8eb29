using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EntityDtoGen.Benchmarks.Mapping;
using EntityDtoGen.Benchmarks.Queries;

namespace EntityDtoGen.Benchmarks.Json;

// Design (d): a hand-written JsonConverter<TDto> per generated DTO, as a generator could emit instead of JsonTypeInfo
// metadata. Written the way such a generator would write it, not as a straw man: property names encoded once per
// options instance, read by comparing the raw UTF-8 (trying the next expected member first), every value read and
// written with the Utf8JsonReader/Utf8JsonWriter primitives that System.Text.Json's own converters for these types use,
// the object built once with its object initializer (no boxing, no argument array), and lists walked by index.
//
// It honours the contract of DtoJson.Resolver for what the benchmark exercises:
// - names from options.PropertyNamingPolicy (camelCase under Web defaults), escaped with options.Encoder;
// - options.PropertyNameCaseInsensitive (Web defaults: true), exact match first, then OrdinalIgnoreCase;
// - `required` members: a missing one is a JsonException; null is accepted, as System.Text.Json does (without
//   RespectNullableAnnotations);
// - the nested list (null item, null list), read into a List<T> as the metadata does for IReadOnlyList<T>;
// - Update: an absent member stays unset, an explicit null sets null (for a non-nullable value type it is a
//   JsonException, as OptionalJsonConverter<T> gives), unset members are not written;
// - unknown members are skipped; the last of duplicate members wins.
//
// What it does NOT cover that the metadata design (b) does, because the metadata hands each member to the options:
// - options.NumberHandling: Web defaults include AllowReadingFromString, so (b) reads {"id":"42"}; this throws.
//   Nor WriteAsString or AllowNamedFloatingPointLiterals, nor [JsonNumberHandling].
// - options.Converters and the resolver chain for member types: with a JsonStringEnumConverter in the options,
//   (b) writes "status":"Archived" and this still writes 2; the same for a custom DateTime or Guid converter.
// - options.DefaultIgnoreCondition (WhenWritingNull, WhenWritingDefault).
// - options.UnmappedMemberHandling = Disallow, AllowDuplicateProperties = false, RespectNullableAnnotations.
// - options.ReferenceHandler (Preserve writes $id under (b), not here), polymorphism ([JsonDerivedType]).
// - Contract customization: resolver modifiers (WithAddedModifier) never see the members, and the type's JsonTypeInfo
//   has Kind None and no Properties, so ASP.NET Core's OpenAPI document (and options.AddDtoSchemas()) would show the DTO
//   as an opaque value with no members, validation rules or nullability.
// - [JsonPropertyName], [JsonIgnore], [JsonConverter], [JsonPropertyOrder] a user puts on members of the partial
//   record (a generator could bake those in at compile time, but not the options-level ones above).
// - Resumable reading and writing: System.Text.Json reads a custom converter's whole value into the buffer before
//   calling it, and cannot yield in the middle of it when streaming to or from a Stream; object metadata can.
// - Exact error messages and JSON paths in exceptions.

/// <summary>The JSON names of one DTO's members for one options instance, encoded once.</summary>
internal sealed class MemberNames
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;
    private readonly bool _caseInsensitive;

    public MemberNames(JsonSerializerOptions options, string[] clrNames)
    {
        Options = options;
        _caseInsensitive = options.PropertyNameCaseInsensitive;
        _names = new string[clrNames.Length];
        _utf8 = new byte[clrNames.Length][];
        Encoded = new JsonEncodedText[clrNames.Length];
        for (var i = 0; i < clrNames.Length; i++)
        {
            var name = options.PropertyNamingPolicy?.ConvertName(clrNames[i]) ?? clrNames[i];
            _names[i] = name;
            _utf8[i] = Encoding.UTF8.GetBytes(name);
            Encoded[i] = JsonEncodedText.Encode(name, options.Encoder);
        }
    }

    public JsonSerializerOptions Options { get; }

    /// <summary>Names to write, escaped with the options' encoder.</summary>
    public JsonEncodedText[] Encoded { get; }

    /// <summary>
    /// The member the reader's property name is, or -1. Tries <paramref name="hint"/> (the member after the last one
    /// read) first, as JSON usually comes in declaration order; then, if the options say so, ignores case.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, int hint)
    {
        var count = _utf8.Length;
        for (var k = 0; k < count; k++)
        {
            var i = hint + k;
            if (i >= count)
            {
                i -= count;
            }

            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        if (_caseInsensitive)
        {
            var name = reader.GetString();
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(name, _names[i], StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}

internal static class ConverterHelpers
{
    public static void ExpectStartObject(ref Utf8JsonReader reader, Type type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The JSON value could not be converted to {type}: expected an object, found {reader.TokenType}.");
        }
    }

    public static JsonException MissingRequired(Type type, string member) =>
        new($"JSON deserialization for type '{type}' was missing required properties including: '{member}'.");

    public static DateTime? ReadNullableDateTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTime();
}

/// <summary>Converter for <see cref="AssessmentRead"/>.</summary>
internal sealed class AssessmentReadConverter : JsonConverter<AssessmentRead>
{
    private static readonly string[] Members = ["Id", "Title", "Description", "OwnerId", "CompletedAt", "Score"];
    private MemberNames? _names;

    public override AssessmentRead Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ConverterHelpers.ExpectStartObject(ref reader, typeof(AssessmentRead));
        var names = Names(options);
        int id = default, ownerId = default, score = default;
        string? title = null, description = null;
        DateTime? completedAt = null;
        var hasTitle = false;
        var hint = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = names.Find(ref reader, hint);
            reader.Read();
            switch (member)
            {
                case 0: id = reader.GetInt32(); break;
                case 1: title = reader.GetString(); hasTitle = true; break;
                case 2: description = reader.GetString(); break;
                case 3: ownerId = reader.GetInt32(); break;
                case 4: completedAt = ConverterHelpers.ReadNullableDateTime(ref reader); break;
                case 5: score = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }

            hint = member + 1;
        }

        if (!hasTitle)
        {
            throw ConverterHelpers.MissingRequired(typeof(AssessmentRead), names.Encoded[1].Value);
        }

        return new AssessmentRead
        {
            Id = id,
            Title = title!,
            Description = description,
            OwnerId = ownerId,
            CompletedAt = completedAt,
            Score = score,
        };
    }

    public override void Write(Utf8JsonWriter writer, AssessmentRead value, JsonSerializerOptions options)
    {
        var names = Names(options).Encoded;
        writer.WriteStartObject();
        writer.WriteNumber(names[0], value.Id);
        writer.WriteString(names[1], value.Title);
        writer.WriteString(names[2], value.Description);
        writer.WriteNumber(names[3], value.OwnerId);
        if (value.CompletedAt is { } completedAt)
        {
            writer.WriteString(names[4], completedAt);
        }
        else
        {
            writer.WriteNull(names[4]);
        }

        writer.WriteNumber(names[5], value.Score);
        writer.WriteEndObject();
    }

    private MemberNames Names(JsonSerializerOptions options)
    {
        var names = _names;
        if (names is null || !ReferenceEquals(names.Options, options))
        {
            _names = names = new MemberNames(options, Members);
        }

        return names;
    }
}

/// <summary>Converter for <see cref="UserRead"/>; the nested assessments go through the options' converter for <see cref="AssessmentRead"/>.</summary>
internal sealed class UserReadConverter : JsonConverter<UserRead>
{
    private static readonly string[] Members = ["Id", "Email", "DisplayName", "CreatedAt", "Assessments"];
    private State? _state;

    public override UserRead Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ConverterHelpers.ExpectStartObject(ref reader, typeof(UserRead));
        var state = GetState(options);
        int id = default;
        string? email = null, displayName = null;
        DateTime createdAt = default;
        List<AssessmentRead>? assessments = null;
        bool hasEmail = false, hasAssessments = false;
        var hint = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = state.Names.Find(ref reader, hint);
            reader.Read();
            switch (member)
            {
                case 0: id = reader.GetInt32(); break;
                case 1: email = reader.GetString(); hasEmail = true; break;
                case 2: displayName = reader.GetString(); break;
                case 3: createdAt = reader.GetDateTime(); break;
                case 4: assessments = ReadAssessments(ref reader, state.Assessment, options); hasAssessments = true; break;
                default: reader.Skip(); break;
            }

            hint = member + 1;
        }

        if (!hasEmail || !hasAssessments)
        {
            throw ConverterHelpers.MissingRequired(typeof(UserRead), state.Names.Encoded[hasEmail ? 4 : 1].Value);
        }

        return new UserRead
        {
            Id = id,
            Email = email!,
            DisplayName = displayName,
            CreatedAt = createdAt,
            Assessments = assessments!,
        };
    }

    public override void Write(Utf8JsonWriter writer, UserRead value, JsonSerializerOptions options)
    {
        var state = GetState(options);
        var names = state.Names.Encoded;
        writer.WriteStartObject();
        writer.WriteNumber(names[0], value.Id);
        writer.WriteString(names[1], value.Email);
        writer.WriteString(names[2], value.DisplayName);
        writer.WriteString(names[3], value.CreatedAt);
        var assessments = value.Assessments;
        if (assessments is null)
        {
            writer.WriteNull(names[4]);
        }
        else
        {
            writer.WriteStartArray(names[4]);
            for (var i = 0; i < assessments.Count; i++)
            {
                var item = assessments[i];
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    state.Assessment.Write(writer, item, options);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static List<AssessmentRead>? ReadAssessments(ref Utf8JsonReader reader, JsonConverter<AssessmentRead> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(IReadOnlyList<AssessmentRead>)}: expected an array, found {reader.TokenType}.");
        }

        var list = new List<AssessmentRead>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType == JsonTokenType.Null ? null! : converter.Read(ref reader, typeof(AssessmentRead), options)!);
        }

        return list;
    }

    private State GetState(JsonSerializerOptions options)
    {
        var state = _state;
        if (state is null || !ReferenceEquals(state.Names.Options, options))
        {
            // The nested DTO's converter comes from the options, so whatever the options resolve it to is honoured.
            var assessment = (JsonConverter<AssessmentRead>)options.GetTypeInfo(typeof(AssessmentRead)).Converter;
            _state = state = new State(new MemberNames(options, Members), assessment);
        }

        return state;
    }

    private sealed record State(MemberNames Names, JsonConverter<AssessmentRead> Assessment);
}

/// <summary>Converter for <see cref="ItemUpdate"/>: 15 <see cref="Optional{T}"/> members, absent vs null.</summary>
internal sealed class ItemUpdateConverter : JsonConverter<ItemUpdate>
{
    private static readonly string[] Members =
    [
        "Name", "Description", "Sku", "Quantity", "ReorderLevel", "Views", "Price", "DiscountPrice", "Rating", "IsActive",
        "Status", "ListedOn", "PublishedOn", "CategoryId", "Priority",
    ];

    private MemberNames? _names;

    public override ItemUpdate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ConverterHelpers.ExpectStartObject(ref reader, typeof(ItemUpdate));
        var names = Names(options);
        Optional<string> name = default, sku = default;
        Optional<string?> description = default;
        Optional<int> quantity = default;
        Optional<int?> reorderLevel = default;
        Optional<long> views = default;
        Optional<decimal> price = default;
        Optional<decimal?> discountPrice = default;
        Optional<double> rating = default;
        Optional<bool> isActive = default;
        Optional<ItemStatus> status = default;
        Optional<DateTime> listedOn = default;
        Optional<DateTime?> publishedOn = default;
        Optional<Guid?> categoryId = default;
        Optional<short> priority = default;
        var hint = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = names.Find(ref reader, hint);
            reader.Read();
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (member)
            {
                case 0: name = new Optional<string>(reader.GetString()!); break;
                case 1: description = new Optional<string?>(reader.GetString()); break;
                case 2: sku = new Optional<string>(reader.GetString()!); break;
                case 3: quantity = new Optional<int>(reader.GetInt32()); break;
                case 4: reorderLevel = new Optional<int?>(isNull ? null : reader.GetInt32()); break;
                case 5: views = new Optional<long>(reader.GetInt64()); break;
                case 6: price = new Optional<decimal>(reader.GetDecimal()); break;
                case 7: discountPrice = new Optional<decimal?>(isNull ? null : reader.GetDecimal()); break;
                case 8: rating = new Optional<double>(reader.GetDouble()); break;
                case 9: isActive = new Optional<bool>(reader.GetBoolean()); break;
                case 10: status = new Optional<ItemStatus>((ItemStatus)reader.GetInt32()); break;
                case 11: listedOn = new Optional<DateTime>(reader.GetDateTime()); break;
                case 12: publishedOn = new Optional<DateTime?>(isNull ? null : reader.GetDateTime()); break;
                case 13: categoryId = new Optional<Guid?>(isNull ? null : reader.GetGuid()); break;
                case 14: priority = new Optional<short>(reader.GetInt16()); break;
                default: reader.Skip(); break;
            }

            hint = member + 1;
        }

        return new ItemUpdate
        {
            Name = name,
            Description = description,
            Sku = sku,
            Quantity = quantity,
            ReorderLevel = reorderLevel,
            Views = views,
            Price = price,
            DiscountPrice = discountPrice,
            Rating = rating,
            IsActive = isActive,
            Status = status,
            ListedOn = listedOn,
            PublishedOn = publishedOn,
            CategoryId = categoryId,
            Priority = priority,
        };
    }

    public override void Write(Utf8JsonWriter writer, ItemUpdate value, JsonSerializerOptions options)
    {
        var names = Names(options).Encoded;
        writer.WriteStartObject();
        if (value.Name.HasValue)
        {
            writer.WriteString(names[0], value.Name.Value);
        }

        if (value.Description.HasValue)
        {
            writer.WriteString(names[1], value.Description.Value);
        }

        if (value.Sku.HasValue)
        {
            writer.WriteString(names[2], value.Sku.Value);
        }

        if (value.Quantity.HasValue)
        {
            writer.WriteNumber(names[3], value.Quantity.Value);
        }

        if (value.ReorderLevel.HasValue)
        {
            WriteNullable(writer, names[4], value.ReorderLevel.Value);
        }

        if (value.Views.HasValue)
        {
            writer.WriteNumber(names[5], value.Views.Value);
        }

        if (value.Price.HasValue)
        {
            writer.WriteNumber(names[6], value.Price.Value);
        }

        if (value.DiscountPrice.HasValue)
        {
            if (value.DiscountPrice.Value is { } discountPrice)
            {
                writer.WriteNumber(names[7], discountPrice);
            }
            else
            {
                writer.WriteNull(names[7]);
            }
        }

        if (value.Rating.HasValue)
        {
            writer.WriteNumber(names[8], value.Rating.Value);
        }

        if (value.IsActive.HasValue)
        {
            writer.WriteBoolean(names[9], value.IsActive.Value);
        }

        if (value.Status.HasValue)
        {
            writer.WriteNumber(names[10], (int)value.Status.Value);
        }

        if (value.ListedOn.HasValue)
        {
            writer.WriteString(names[11], value.ListedOn.Value);
        }

        if (value.PublishedOn.HasValue)
        {
            if (value.PublishedOn.Value is { } publishedOn)
            {
                writer.WriteString(names[12], publishedOn);
            }
            else
            {
                writer.WriteNull(names[12]);
            }
        }

        if (value.CategoryId.HasValue)
        {
            if (value.CategoryId.Value is { } categoryId)
            {
                writer.WriteString(names[13], categoryId);
            }
            else
            {
                writer.WriteNull(names[13]);
            }
        }

        if (value.Priority.HasValue)
        {
            writer.WriteNumber(names[14], value.Priority.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private MemberNames Names(JsonSerializerOptions options)
    {
        var names = _names;
        if (names is null || !ReferenceEquals(names.Options, options))
        {
            _names = names = new MemberNames(options, Members);
        }

        return names;
    }
}

/// <summary>
/// The converters' resolver: each DTO is a value type to System.Text.Json (<see cref="JsonMetadataServices.CreateValueInfo{T}"/>),
/// with a new converter per options instance, so each converter encodes its names for exactly one options instance.
/// </summary>
internal sealed class DtoConverterResolver : IJsonTypeInfoResolver
{
    public static DtoConverterResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(UserRead) ? JsonMetadataServices.CreateValueInfo<UserRead>(options, new UserReadConverter())
        : type == typeof(AssessmentRead) ? JsonMetadataServices.CreateValueInfo<AssessmentRead>(options, new AssessmentReadConverter())
        : type == typeof(ItemUpdate) ? JsonMetadataServices.CreateValueInfo<ItemUpdate>(options, new ItemUpdateConverter())
        : null;
}
