using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EntityDtoGen;

/// <summary>
/// Reads and writes <see cref="Optional{T}"/> as its bare value. A JSON property that is absent never reaches the
/// converter, so it stays unset; an explicit <c>null</c> becomes a set null. Generated Update DTOs skip unset members
/// when writing (<c>JsonIgnoreCondition.WhenWritingDefault</c>).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
{
    // One converter serves one options instance (the generated metadata and the factory both create it per options).
    private JsonTypeInfo<T>? _valueInfo;

    /// <summary>Without this, System.Text.Json would turn an explicit null into <c>default(Optional&lt;T&gt;)</c>, i.e. unset.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = ValueInfo(options);

        // A scalar goes through T's own converter, so an error keeps its place in the body ($.quantity, not $);
        // objects and arrays need the serializer's state, which a nested Deserialize call starts afresh.
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) && info.Converter is JsonConverter<T> converter)
        {
            if (reader.TokenType == JsonTokenType.Null && !converter.HandleNull)
            {
                // What the serializer itself does with null for a converter that does not handle it.
                return default(T) is null ? new(default!) : throw new JsonException();
            }

            return new(converter.Read(ref reader, typeof(T), options)!);
        }

        return new(JsonSerializer.Deserialize(ref reader, info)!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        // An unset value that reaches the writer (outside a generated DTO) has no better form than null.
        if (!value.HasValue)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value.Value, ValueInfo(options));
    }

    private JsonTypeInfo<T> ValueInfo(JsonSerializerOptions options)
    {
        if (_valueInfo is null)
        {
            // A source-generated context does not look inside a type with its own converter, so T must be listed.
            if (!options.TryGetTypeInfo(typeof(T), out var info))
            {
                var name = TypeNames.CSharpName(typeof(T));
                throw new NotSupportedException(
                    $"Optional<{name}> needs JSON metadata for {name}. Add DtoJson.Resolver to the options' TypeInfoResolverChain, or [JsonSerializable(typeof({name}))] to your JsonSerializerContext.");
            }

            _valueInfo = (JsonTypeInfo<T>)info;
        }

        return _valueInfo;
    }
}
