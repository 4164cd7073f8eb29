using System;

namespace EntityDtoGen;

/// <summary>Type names as C# spells them, for messages.</summary>
internal static class TypeNames
{
    public static string CSharpName(Type type)
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
