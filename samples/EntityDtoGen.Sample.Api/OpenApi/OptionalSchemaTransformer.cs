using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EntityDtoGen.Sample.Api.OpenApi;

/// <summary>
/// Shows each <c>Optional&lt;T&gt;</c> member of an Update DTO as plain <c>T</c>, which is what goes over the wire: the
/// converter reads and writes the bare value, and an unset member is simply absent. <c>Optional&lt;string?&gt;</c>
/// becomes a nullable string, since an explicit null clears the member.
/// </summary>
public sealed class OptionalSchemaTransformer : IOpenApiSchemaTransformer
{
    private readonly NullabilityInfoContext _nullability = new();

    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null)
        {
            return;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var type = property.PropertyType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Optional<>) || !schema.Properties.ContainsKey(property.Name))
            {
                continue;
            }

            var valueSchema = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
            if (property.AttributeProvider is PropertyInfo info && IsNullableValue(info) && valueSchema.Type is { } valueType)
            {
                valueSchema.Type = valueType | JsonSchemaType.Null;
            }

            schema.Properties[property.Name] = valueSchema;
        }
    }

    private bool IsNullableValue(PropertyInfo property)
    {
        // NullabilityInfoContext is not thread-safe; schema transformers may run concurrently.
        lock (_nullability)
        {
            return _nullability.Create(property).GenericTypeArguments[0].ReadState == NullabilityState.Nullable;
        }
    }
}
