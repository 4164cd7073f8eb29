using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// System.Text.Json attributes on a user's DTO part or read shape type that the generated metadata does not apply:
/// each is EDG020, so nobody relies on a polymorphic or custom-converted form that reflection would have given.
/// </summary>
internal static class JsonTypeChecks
{
    public static void Check(INamedTypeSymbol type, List<EntityProblem> problems)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && attributeClass.ContainingNamespace?.ToDisplayString() == "System.Text.Json.Serialization")
            {
                var name = attributeClass.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length) : attributeClass.Name;
                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? type.Locations.FirstOrDefault() ?? Location.None;
                problems.Add(new EntityProblem(DiagnosticDescriptors.JsonMetadataDiffers, location, null, new object?[] { type.Name, "[" + name + "] on the type is not honoured by the generated JSON metadata" }));
            }
        }
    }
}
