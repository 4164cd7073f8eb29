using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>Reads the data-annotation validation attributes that Create, Read and Update carry.</summary>
internal static class ValidationAttributeReader
{
    /// <summary>
    /// Every attribute deriving from <c>ValidationAttribute</c> counts, the framework's and the user's own, from the
    /// property and the properties it overrides. Schema attributes (<c>[Key]</c>, <c>[Column]</c>) do not derive from it.
    /// </summary>
    public static EquatableArray<AttributeModel> Read(IPropertySymbol property)
    {
        var result = new List<AttributeModel>();
        var seen = new HashSet<string>();
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass || !IsValidationAttribute(attributeClass))
                {
                    continue;
                }

                var model = ToModel(attribute, attributeClass);
                if (model is { } read && IsLengthRule(attributeClass) && IsCountable(property.Type))
                {
                    model = read with { CountsWithoutReflection = true };
                }

                if (model is { } value && (seen.Add(value.Type) || AllowsMultiple(attributeClass)))
                {
                    result.Add(value);
                }
            }
        }

        return new EquatableArray<AttributeModel>(result.ToArray());
    }

    private static AttributeModel? ToModel(AttributeData attribute, INamedTypeSymbol attributeClass)
    {
        var arguments = new string[attribute.ConstructorArguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (CSharpLiterals.Format(attribute.ConstructorArguments[i]) is not { } text)
            {
                return null;
            }

            arguments[i] = text;
        }

        var named = new string[attribute.NamedArguments.Length];
        for (var i = 0; i < named.Length; i++)
        {
            var argument = attribute.NamedArguments[i];
            if (CSharpLiterals.Format(argument.Value) is not { } text)
            {
                return null;
            }

            named[i] = CSharpLiterals.Identifier(argument.Key) + " = " + text;
        }

        return new AttributeModel(
            CSharpLiterals.TypeName(attributeClass),
            new EquatableArray<string>(arguments),
            new EquatableArray<string>(named));
    }

    private static bool IsLengthRule(INamedTypeSymbol attributeClass) =>
        attributeClass.ContainingNamespace?.ToDisplayString() == "System.ComponentModel.DataAnnotations"
        && attributeClass.Name is "MaxLengthAttribute" or "MinLengthAttribute" or "LengthAttribute";

    /// <summary>A string, an array, or a type that implements <c>System.Collections.ICollection</c>: length rules count it directly.</summary>
    private static bool IsCountable(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String
        || type is IArrayTypeSymbol
        || type.AllInterfaces.Any(i => i.HasMetadataName("System.Collections.ICollection"));

    private static bool IsValidationAttribute(INamedTypeSymbol attributeClass)
    {
        if (attributeClass.TypeKind == TypeKind.Error)
        {
            return false;
        }

        for (var type = attributeClass.BaseType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "ValidationAttribute", ContainingNamespace: { Name: "DataAnnotations", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllowsMultiple(INamedTypeSymbol attributeClass)
    {
        for (var type = attributeClass; type is not null; type = type.BaseType)
        {
            foreach (var usage in type.GetAttributes())
            {
                if (usage.AttributeClass is { Name: "AttributeUsageAttribute" })
                {
                    foreach (var named in usage.NamedArguments)
                    {
                        if (named.Key == "AllowMultiple")
                        {
                            return named.Value.Value is true;
                        }
                    }

                    return false;
                }
            }
        }

        return false;
    }
}
