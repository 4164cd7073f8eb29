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
            foreach (var attribute in property.ValidationAttributes)
            {
                GeneratedFile.WriteAttribute(writer, attribute);
            }

            // Every Read member is set by the mappings; required keeps non-nullable references honest for hand-made instances.
            var required = property.IsReferenceType && property.IsNonNullable ? "required " : string.Empty;
            writer.WriteLine("public " + required + property.Type + " " + property.Name + " { get; init; }");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Builds a " + GeneratedFile.Cref(readType) + " from a " + GeneratedFile.Cref(entity.FullyQualifiedName) + " inside a query, so the");
        writer.WriteLine("/// database selects exactly the Read members.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("public static global::System.Linq.Expressions.Expression<global::System.Func<" + entity.FullyQualifiedName + ", " + readType + ">> Projection { get; } =");
        writer.Indent();
        writer.WriteLine("entity => new " + readType);
        WriteInitializer(writer, entity, "entity");
        writer.CloseBlock(";");
        writer.Unindent();
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    /// <summary>The object initializer shared by <c>Projection</c> and <c>ToRead()</c>, so both always map the same members.</summary>
    public static void WriteInitializer(SourceWriter writer, EntityModel entity, string source)
    {
        writer.OpenBlock();
        foreach (var property in entity.Properties)
        {
            if (property.InRead)
            {
                writer.WriteLine(property.Name + " = " + source + "." + property.Name + ",");
            }
        }
    }
}
