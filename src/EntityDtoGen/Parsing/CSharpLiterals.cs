using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EntityDtoGen.Parsing;

/// <summary>Formats constants and type names as C# that compiles in a generated file with no usings.</summary>
internal static class CSharpLiterals
{
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    /// <summary>The type as a <c>typeof</c> operand: nullable reference annotations dropped, <c>Nullable&lt;T&gt;</c> kept.</summary>
    public static string TypeOfName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Formats an attribute argument; null when it cannot be written back (an error in the user's code).</summary>
    public static string? Format(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Error:
                return null;
            case TypedConstantKind.Array:
                if (constant.IsNull)
                {
                    return "null";
                }

                var elements = constant.Values.Select(Format).ToArray();
                return elements.Any(e => e is null)
                    ? null
                    : "new " + TypeName(constant.Type!) + " { " + string.Join(", ", elements) + " }";
            case TypedConstantKind.Type:
                return constant.Value is ITypeSymbol type ? "typeof(" + TypeName(type) + ")" : "null";
            case TypedConstantKind.Enum:
                return EnumValue(constant.Type!, constant.Value);
            default:
                return constant.IsNull ? "null" : Primitive(constant.Value);
        }
    }

    /// <summary>The enum member with this value where there is one, otherwise a cast (flag combinations, undefined values).</summary>
    public static string EnumValue(ITypeSymbol enumType, object? value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return TypeName(enumType) + "." + Identifier(field.Name);
            }
        }

        return "(" + TypeName(enumType) + ")(" + Primitive(value) + ")";
    }

    public static string Primitive(object? value) => value switch
    {
        null => "null",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        float f => FloatingPoint(f, "float", f.ToString("R", CultureInfo.InvariantCulture) + "F"),
        double d => FloatingPoint(d, "double", d.ToString("R", CultureInfo.InvariantCulture) + "D"),
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint ui => ui.ToString(CultureInfo.InvariantCulture) + "U",
        int i => i.ToString(CultureInfo.InvariantCulture),
        byte or sbyte or short or ushort => "(" + Keyword(value) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string FloatingPoint(double value, string keyword, string finiteText) =>
        double.IsNaN(value) ? keyword + ".NaN"
        : double.IsPositiveInfinity(value) ? keyword + ".PositiveInfinity"
        : double.IsNegativeInfinity(value) ? keyword + ".NegativeInfinity"
        : finiteText;

    private static string Keyword(object value) => value switch
    {
        byte => "byte",
        sbyte => "sbyte",
        short => "short",
        _ => "ushort",
    };
}
