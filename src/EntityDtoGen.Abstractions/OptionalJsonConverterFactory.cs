using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EntityDtoGen;

/// <summary>
/// Reads and writes <see cref="Optional{T}"/> as its bare value. A JSON property that is absent never reaches the
/// converter, so it stays unset; an explicit <c>null</c> becomes a set null. Generated Update DTOs mark their members
/// <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]</c> so unset members are skipped on write.
/// </summary>
public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(OptionalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]));

    private sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
    {
        // The factory makes one converter per options instance, so the inner type's metadata can be kept.
        private JsonTypeInfo<T>? _valueInfo;

        // Without this, System.Text.Json would turn an explicit null into default(Optional<T>), i.e. unset.
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize(ref reader, ValueInfo(options))!);

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
                    var name = CSharpName(typeof(T));
                    throw new NotSupportedException(
                        $"Optional<{name}> needs JSON metadata for {name}. With a source-generated JsonSerializerContext, add [JsonSerializable(typeof({name}))] to it.");
                }

                _valueInfo = (JsonTypeInfo<T>)info;
            }

            return _valueInfo;
        }

        private static string CSharpName(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return CSharpName(underlying) + "?";
            }

            if (!type.IsGenericType)
            {
                return type.Name;
            }

            var name = type.Name.Substring(0, type.Name.IndexOf('`'));
            return name + "<" + string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), CSharpName)) + ">";
        }
    }
}
