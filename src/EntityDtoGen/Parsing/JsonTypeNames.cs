using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Writes a member type for the generated JSON metadata, which lives in another namespace and file than the member. In
/// the generator's compilation a generated DTO is still an error type; <paramref name="generated"/> names the ones a read
/// shape binds to, so the shape's metadata can name them. Any other error type, or a type EntityDtoGen itself
/// generates, has no name the metadata can use (the analyzer, which sees generated types, must agree with the generator).
/// </summary>
/// <param name="generated">Simple name of a generated type (<c>QuestionRead</c>) to its <c>global::</c>-qualified name.</param>
internal sealed class JsonTypeNames(IReadOnlyDictionary<string, string>? generated)
{
    public static readonly JsonTypeNames Plain = new(null);

    /// <summary>The type as C#, with nullable annotations when <paramref name="annotated"/>; null when it cannot be named.</summary>
    public string? Name(ITypeSymbol type, bool annotated)
    {
        switch (type)
        {
            case IErrorTypeSymbol error:
                return generated is not null && generated.TryGetValue(error.Name, out var name) ? name + Annotation(type, annotated) : null;
            case IArrayTypeSymbol { Rank: 1 } array:
                return Name(array.ElementType, annotated) is { } element ? element + "[]" + Annotation(type, annotated) : null;
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable when nullable.TypeArguments[0] is IErrorTypeSymbol error:
                // Before generation 'UserRead?' binds as Nullable<UserRead>: it is a nullable reference to a generated class.
                return generated is not null && generated.TryGetValue(error.Name, out var reference) ? reference + (annotated ? "?" : string.Empty) : null;
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return Name(nullable.TypeArguments[0], annotated) is { } underlying ? underlying + "?" : null;
            case INamedTypeSymbol named when named.IsGeneratedByEntityDtoGen() && (generated is null || !generated.ContainsKey(named.Name)):
                return null;
            case INamedTypeSymbol { IsGenericType: true, IsTupleType: false, ContainingType: null } generic:
                var arguments = generic.TypeArguments.Select(a => Name(a, annotated)).ToArray();
                if (arguments.Any(a => a is null))
                {
                    return null;
                }

                var definition = generic.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));
                return definition + "<" + string.Join(", ", arguments) + ">" + Annotation(type, annotated);
            case INamedTypeSymbol { IsGenericType: true }:
                return ContainsError(type) ? null : annotated ? CSharpLiterals.TypeName(type) : CSharpLiterals.TypeOfName(type);
            default:
                return annotated ? CSharpLiterals.TypeName(type) : CSharpLiterals.TypeOfName(type);
        }
    }

    private static string Annotation(ITypeSymbol type, bool annotated) =>
        annotated && type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated ? "?" : string.Empty;

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };
}
