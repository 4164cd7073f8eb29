using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits <c>EntityDtoGen.DtoJson</c>: the resolver an app adds to its JSON options, and the one method that calls each
/// entity's and shape's registration, so this file changes only when entities or shapes are added or removed.
/// </summary>
internal static class DtoJsonEmitter
{
    // System.Text.Json 9 added these to its metadata API; the abstractions build against 8, so the generated code sets them.
    private const string NullabilityHelpers = """
        /// <summary>A member whose type is a non-nullable reference: OpenAPI shows it so, and <c>RespectNullableAnnotations</c> refuses null.</summary>
        private static global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo NonNullable(global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo property)
        {
            property.IsGetNullable = false;
            property.IsSetNullable = false;
            return property;
        }

        /// <summary>A slot of the object initializer the metadata creates the object with, rather than a constructor parameter.</summary>
        private static global::System.Text.Json.Serialization.Metadata.JsonParameterInfoValues Initializer(global::System.Text.Json.Serialization.Metadata.JsonParameterInfoValues parameter, bool isNullable) => new()
        {
            Name = parameter.Name,
            ParameterType = parameter.ParameterType,
            Position = parameter.Position,
            HasDefaultValue = parameter.HasDefaultValue,
            DefaultValue = parameter.DefaultValue,
            IsMemberInitializer = true,
            IsNullable = isNullable,
        };
        """;

    private const string Described = """
        /// <summary>
        /// System.Text.Json metadata for this assembly's generated DTOs and read shapes, built without reflection, so they
        /// serialize with reflection turned off (Native AOT, trimming, <c>JsonSerializerIsReflectionEnabledByDefault=false</c>).
        /// Add it to the options once:
        /// <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));</c>
        /// </summary>
        """;

    private const string NotGenerated = """
        /// <summary>
        /// Describes no DTO: this project does not generate JSON metadata. With reflection on (the default), System.Text.Json
        /// reads and writes the DTOs the same way without it. It is generated with <c>PublishAot</c>, <c>PublishTrimmed</c>,
        /// <c>IsAotCompatible</c>, <c>IsTrimmable</c> or <c>JsonSerializerIsReflectionEnabledByDefault=false</c>, or with
        /// <c>&lt;EntityDtoGenJsonMetadata&gt;true&lt;/EntityDtoGenJsonMetadata&gt;</c>; this registration line then needs no change:
        /// <c>builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));</c>
        /// </summary>
        """;

    public const string HintName = "EntityDtoGen.DtoJson.g.cs";

    /// <param name="registrations">The registration methods of every entity and shape that gets code.</param>
    public static string Emit(EquatableArray<string> registrations, CompilationFeatures features)
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteBlock(features.GeneratesJsonMetadata ? Described : NotGenerated);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("internal static partial class DtoJson");
        writer.OpenBlock();
        writer.WriteBlock("""
            /// <summary>
            /// Metadata for the DTOs, the read shapes, the collections, enums and <see cref="global::EntityDtoGen.Optional{T}"/>
            /// types their members use, and framework scalars; any other type is left to the next resolver of the chain.
            /// </summary>
            public static global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver Resolver { get; } = new global::EntityDtoGen.DtoJsonResolver(Register);

            """);
        writer.WriteLine("private static void Register(global::System.Collections.Generic.Dictionary<global::System.Type, global::System.Func<global::System.Text.Json.JsonSerializerOptions, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo>> types)");
        writer.OpenBlock();
        foreach (var registration in registrations)
        {
            writer.WriteLine(registration + "(types);");
        }

        writer.CloseBlock();
        if (features.HasJsonNullability && features.GeneratesJsonMetadata)
        {
            writer.WriteLine();
            writer.WriteBlock(NullabilityHelpers);
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, "EntityDtoGen");
    }
}
