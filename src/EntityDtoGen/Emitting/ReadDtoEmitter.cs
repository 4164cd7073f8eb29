using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}Read</c>: what a client may see, with the <c>Projection</c> that EF Core translates to SQL.</summary>
internal static class ReadDtoEmitter
{
    public static string Emit(EntityModel entity)
    {
        var readType = entity.QualifiedName(entity.ReadName);
        var writer = GeneratedFile.Begin(entity);
        GeneratedFile.WriteTypeDocumentation(writer, "What a client may see of a " + GeneratedFile.Cref(entity.FullyQualifiedName) + ". Map it with <c>ToRead()</c> or query it with <c>SelectRead()</c>.");
        writer.WriteLine(entity.Accessibility + " sealed partial record " + entity.ReadName);
        writer.OpenBlock();
        foreach (var property in entity.Properties)
        {
            if (!property.InRead)
            {
                continue;
            }

            GeneratedFile.WriteDocumentation(writer, property.Documentation);
            GeneratedFile.WriteValidationAttributes(writer, property.ValidationAttributes);

            // Every Read member is set by the mappings; required keeps non-nullable references honest for hand-made instances.
            var required = property.IsReferenceType && property.IsNonNullable ? "required " : string.Empty;
            writer.WriteLine("public " + required + property.Type + " " + property.Name + " { get; init; }");
            writer.WriteLine();
        }

        foreach (var navigation in entity.Navigations)
        {
            if (navigation.IncludeInRead)
            {
                writer.WriteLine("public " + NestedType(navigation) + " " + navigation.Name + " { get; init; }");
                writer.WriteLine();
            }
        }

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Builds a " + GeneratedFile.Cref(readType) + " from a " + GeneratedFile.Cref(entity.FullyQualifiedName) + " inside a query, so the");
        writer.WriteLine("/// database selects exactly the Read members.");
        writer.WriteLine("/// </summary>");
        ProjectionWriter.Write(writer, entity.FullyQualifiedName, readType, entity.Navigations.Any(n => n.IncludeInRead), w => WriteInitializer(w, entity, "entity", inQuery: true));
        PrintMembersEmitter.WriteIfNeeded(
            writer,
            entity,
            GeneratedKinds.Read,
            entity.Properties.Where(p => p.InRead).Select(p => p.Name).Concat(entity.Navigations.Where(n => n.IncludeInRead).Select(n => n.Name)));
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    /// <summary>
    /// The object initializer shared by <c>Projection</c> and <c>ToRead()</c>, so both always map the same members.
    /// Nested Read DTOs come from the target's <c>Projection</c> in a query, and from its <c>ToRead()</c> in memory.
    /// </summary>
    public static void WriteInitializer(SourceWriter writer, EntityModel entity, string source, bool inQuery)
    {
        writer.OpenBlock();
        foreach (var property in entity.Properties)
        {
            if (property.InRead)
            {
                writer.WriteLine(property.Name + " = " + source + "." + property.Name + ",");
            }
        }

        foreach (var navigation in entity.Navigations)
        {
            if (navigation.IncludeInRead)
            {
                writer.WriteLine(navigation.Name + " = " + (inQuery ? NestedInQuery(navigation, source) : NestedInMemory(navigation, source)) + ",");
            }
        }
    }

    public static string NestedType(NavigationModel navigation) =>
        navigation.IsCollection ? "required global::System.Collections.Generic.IReadOnlyList<" + navigation.TargetReadType + ">"
        : navigation.IsNullable ? navigation.TargetReadType + "?"
        : "required " + navigation.TargetReadType;

    /// <summary>The in-memory helper that maps a loaded (or unloaded) collection navigation.</summary>
    public static string CollectionHelperName(NavigationModel navigation) => "ToRead" + navigation.DisplayName;

    private const string Inliner = "global::EntityDtoGen.ProjectionInliner";

    private static string NestedInQuery(NavigationModel navigation, string source)
    {
        var value = source + "." + navigation.Name;
        if (navigation.IsCollection)
        {
            return "global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(" + value + (navigation.IsNullable ? "!" : string.Empty)
                + ", item => " + Inliner + ".Inline(" + navigation.TargetReadType + ".Projection, item)))";
        }

        return value + " == null ? " + (navigation.IsNullable ? "null" : "null!") + " : " + Inliner + ".Inline(" + navigation.TargetReadType + ".Projection, " + value + ")";
    }

    /// <summary>An unloaded reference maps to null, an unloaded collection to an empty list.</summary>
    private static string NestedInMemory(NavigationModel navigation, string source)
    {
        var value = source + "." + navigation.Name;
        return navigation.IsCollection
            ? CollectionHelperName(navigation) + "(" + value + ")"
            : value + " is null ? " + (navigation.IsNullable ? "null" : "null!") + " : " + navigation.TargetMappingsType + ".ToRead(" + value + ")";
    }
}
