using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EntityDtoGen;

/// <summary>
/// The resolver behind each assembly's generated <c>DtoJson.Resolver</c>: metadata for its DTOs and read shapes, for
/// the collections, enums and <see cref="Optional{T}"/> types their members use, and for the framework types of
/// <see cref="DtoJsonMetadata.BuiltIn"/>. Any other type is left to the next resolver of the options' chain.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DtoJsonResolver : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _types = new();

    /// <summary>Creates the resolver; <paramref name="register"/> adds the metadata factory of each type.</summary>
    /// <param name="register">The generated registrations.</param>
    public DtoJsonResolver(Action<Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>> register)
    {
        if (register is null)
        {
            throw new ArgumentNullException(nameof(register));
        }

        register(_types);
    }

    /// <summary>The types this resolver describes besides the built-in ones, for tests and diagnostics.</summary>
    public IEnumerable<Type> Types => _types.Keys;

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _types.TryGetValue(type, out var create) ? create(options) : DtoJsonMetadata.BuiltIn(type, options);
}
