using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>Reads the markers on a property, its own and those of the properties it overrides (markers are inherited).</summary>
internal static class MarkerReader
{
    public static MarkerSet Read(IPropertySymbol property)
    {
        var markers = default(MarkerSet);
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var attribute in current.GetAttributes())
            {
                markers = With(markers, attribute);
            }
        }

        return markers;
    }

    private static MarkerSet With(MarkerSet markers, AttributeData attribute) => attribute switch
    {
        _ when attribute.Is(KnownNames.SecretAttribute) => markers with { Secret = true },
        _ when attribute.Is(KnownNames.NotSecretAttribute) => markers with { NotSecret = true },
        _ when attribute.Is(KnownNames.ServerGeneratedAttribute) => markers with { ServerGenerated = true },
        _ when attribute.Is(KnownNames.ClientWritableAttribute) => markers with { ClientWritable = true },
        _ when attribute.Is(KnownNames.CreateOnlyAttribute) => markers with { CreateOnly = true },
        _ when attribute.Is(KnownNames.IncludeInReadAttribute) => markers with { IncludeInRead = true },
        _ when attribute.Is(KnownNames.NotMappedAttribute) => markers with { NotMapped = true },
        _ when attribute.Is(KnownNames.KeyAttribute) => markers with { Key = true },
        _ when attribute.Is(KnownNames.TimestampAttribute) => markers with { Timestamp = true },
        _ when attribute.Is(KnownNames.DatabaseGeneratedAttribute) && attribute.ConstructorArguments.FirstOrDefault().Value is int option
            => markers with { DatabaseGenerated = (DatabaseGeneratedOption)option },
        _ => markers,
    };
}
