using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits <c>EntityDtoGen.DtoOpenApi</c> where the compilation references <c>Microsoft.AspNetCore.OpenApi</c> (10 or later,
/// on Microsoft.OpenApi 2): <c>AddDtoSchemas()</c>, a schema transformer that shows each Update member as its value type
/// (nullable where null clears it, with the entity's validation rules), and keeps every <c>[Secret]</c> property out of
/// every output schema, an entity's included.
/// </summary>
internal static class DtoOpenApiEmitter
{
    public const string HintName = "EntityDtoGen.DtoOpenApi.g.cs";

    public static string Emit(EquatableArray<string> registrations)
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteBlock("""
            /// <summary>
            /// What this assembly's DTOs look like in an OpenAPI document, where the wire format differs from the CLR types:
            /// <c>builder.Services.AddOpenApi(options => options.AddDtoSchemas());</c>
            /// </summary>
            """);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("internal static partial class DtoOpenApi");
        writer.OpenBlock();
        writer.WriteBlock($$"""
            private static readonly {{OpenApiEmitter.Registry}} Inputs = Register();

            /// <summary>
            /// Shows each <c>Optional&lt;T&gt;</c> member of an Update DTO as <c>T</c> (nullable where an explicit null clears the
            /// member) with the entity's validation rules, and removes <c>[Secret]</c> properties from every schema but the
            /// Create and Update DTOs' (where a client sends them, such as a password).
            /// </summary>
            public static global::Microsoft.AspNetCore.OpenApi.OpenApiOptions AddDtoSchemas(this global::Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
            {
                global::System.ArgumentNullException.ThrowIfNull(options);
                return options.AddSchemaTransformer(new SchemaTransformer());
            }

            private static {{OpenApiEmitter.Registry}} Register()
            {
                var inputs = new {{OpenApiEmitter.Registry}}();
            """);
        writer.Indent();
        foreach (var registration in registrations)
        {
            writer.WriteLine(registration + "(inputs);");
        }

        writer.WriteLine("return inputs;");
        writer.Unindent();
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteBlock(Transformer);
        writer.CloseBlock();
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    private const string Transformer = """
        /// <summary>An Update member: its JSON value type, whether null clears it, and the entity's rules for it.</summary>
        private readonly record struct OptionalMember(string Name, global::System.Type ValueType, bool IsNullable, global::System.Func<global::System.ComponentModel.DataAnnotations.ValidationAttribute[]> Rules);

        private sealed class SchemaTransformer : global::Microsoft.AspNetCore.OpenApi.IOpenApiSchemaTransformer
        {
            public async global::System.Threading.Tasks.Task TransformAsync(global::Microsoft.OpenApi.OpenApiSchema schema, global::Microsoft.AspNetCore.OpenApi.OpenApiSchemaTransformerContext context, global::System.Threading.CancellationToken cancellationToken)
            {
                if (schema.Properties is null || context.JsonPropertyInfo is not null)
                {
                    return;
                }

                var isInput = Inputs.TryGetValue(context.JsonTypeInfo.Type, out var optionals);
                foreach (var property in context.JsonTypeInfo.Properties)
                {
                    if (property.AttributeProvider is not global::System.Reflection.MemberInfo member || !schema.Properties.ContainsKey(property.Name))
                    {
                        continue;
                    }

                    if (!isInput && global::System.Attribute.IsDefined(member, typeof(global::EntityDtoGen.SecretAttribute), inherit: true))
                    {
                        schema.Properties.Remove(property.Name);
                        schema.Required?.Remove(property.Name);
                        continue;
                    }

                    foreach (var optional in optionals ?? [])
                    {
                        if (optional.Name == member.Name)
                        {
                            var value = await context.GetOrCreateSchemaAsync(optional.ValueType, null, cancellationToken);
                            if (optional.IsNullable && value.Type is { } type)
                            {
                                value.Type = type | global::Microsoft.OpenApi.JsonSchemaType.Null;
                            }

                            ApplyRules(value, optional.Rules());
                            schema.Properties[property.Name] = value;
                        }
                    }
                }
            }

            /// <summary>The rules OpenAPI has keywords for, mapped as ASP.NET Core maps them on other DTOs' members.</summary>
            private static void ApplyRules(global::Microsoft.OpenApi.OpenApiSchema schema, global::System.ComponentModel.DataAnnotations.ValidationAttribute[] rules)
            {
                var isArray = schema.Type is { } type && (type & global::Microsoft.OpenApi.JsonSchemaType.Array) != 0;
                foreach (var rule in rules)
                {
                    switch (rule)
                    {
                        case global::System.ComponentModel.DataAnnotations.MaxLengthAttribute maxLength when isArray:
                            schema.MaxItems = maxLength.Length;
                            break;
                        case global::System.ComponentModel.DataAnnotations.MaxLengthAttribute maxLength:
                            schema.MaxLength = maxLength.Length;
                            break;
                        case global::System.ComponentModel.DataAnnotations.MinLengthAttribute minLength when isArray:
                            schema.MinItems = minLength.Length;
                            break;
                        case global::System.ComponentModel.DataAnnotations.MinLengthAttribute minLength:
                            schema.MinLength = minLength.Length;
                            break;
                        case global::System.ComponentModel.DataAnnotations.LengthAttribute length when isArray:
                            schema.MinItems = length.MinimumLength;
                            schema.MaxItems = length.MaximumLength;
                            break;
                        case global::System.ComponentModel.DataAnnotations.LengthAttribute length:
                            schema.MinLength = length.MinimumLength;
                            schema.MaxLength = length.MaximumLength;
                            break;
                        case global::System.ComponentModel.DataAnnotations.StringLengthAttribute stringLength:
                            schema.MaxLength = stringLength.MaximumLength;
                            schema.MinLength = stringLength.MinimumLength > 0 ? stringLength.MinimumLength : schema.MinLength;
                            break;
                        case global::System.ComponentModel.DataAnnotations.RangeAttribute range:
                            schema.Minimum = global::System.Convert.ToString(range.Minimum, global::System.Globalization.CultureInfo.InvariantCulture);
                            schema.Maximum = global::System.Convert.ToString(range.Maximum, global::System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        case global::System.ComponentModel.DataAnnotations.RegularExpressionAttribute expression:
                            schema.Pattern = expression.Pattern;
                            break;
                        case global::System.ComponentModel.DataAnnotations.Base64StringAttribute:
                            schema.Format = "byte";
                            break;
                        case global::System.ComponentModel.DataAnnotations.UrlAttribute:
                            schema.Format = "uri";
                            break;
                    }
                }
            }
        }
        """;
}
