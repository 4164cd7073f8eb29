using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityDtoGen;

/// <summary>
/// Creates the <see cref="OptionalJsonConverter{T}"/> for an <see cref="Optional{T}"/> that reflection-based
/// System.Text.Json meets. With <c>DtoJson.Resolver</c> in the options (reflection off, Native AOT), the generated
/// metadata creates each converter directly and this factory is not used.
/// </summary>
public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    /// <inheritdoc/>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded by RuntimeFeature.IsDynamicCodeSupported; without dynamic code the generated metadata supplies the converter.")]
    [UnconditionalSuppressMessage("Trimming", "IL2071", Justification = "OptionalJsonConverter<T> has a public parameterless constructor, kept by the typeof below.")]
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var valueType = typeToConvert.GetGenericArguments()[0];
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            var name = TypeNames.CSharpName(valueType);
            throw new NotSupportedException(
                $"Optional<{name}> has no JSON metadata without dynamic code: add DtoJson.Resolver to the options' TypeInfoResolverChain.");
        }

        return (JsonConverter?)Activator.CreateInstance(typeof(OptionalJsonConverter<>).MakeGenericType(valueType));
    }
}
