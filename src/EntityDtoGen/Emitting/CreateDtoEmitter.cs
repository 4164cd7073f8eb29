using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}Create</c>: what a client may send to create an entity.</summary>
internal static class CreateDtoEmitter
{
    public static string Emit(EntityModel entity)
    {
        var writer = GeneratedFile.Begin(entity);
        GeneratedFile.WriteTypeDocumentation(writer, "What a client may send to create a " + GeneratedFile.Cref(entity.FullyQualifiedName) + ". Map it with <c>ToEntity()</c>.");
        writer.WriteLine(entity.Accessibility + " sealed partial record " + entity.CreateName);
        writer.OpenBlock();
        var first = true;
        foreach (var property in entity.Properties)
        {
            if (!property.InCreate)
            {
                continue;
            }

            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            GeneratedFile.WriteDocumentation(writer, property.Documentation);
            foreach (var attribute in property.ValidationAttributes)
            {
                GeneratedFile.WriteAttribute(writer, attribute);
            }

            var required = property.RequiredInCreate ? "required " : string.Empty;
            var initializer = property.CreateDefault is null ? string.Empty : " = " + property.CreateDefault + ";";
            writer.WriteLine("public " + required + property.Type + " " + property.Name + " { get; init; }" + initializer);
        }

        PrintMembersEmitter.WriteIfNeeded(writer, entity, GeneratedKinds.Create, entity.Properties.Where(p => p.InCreate).Select(p => p.Name));
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }
}
