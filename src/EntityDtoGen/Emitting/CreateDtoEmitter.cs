using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}Create</c>: what a client may send to create an entity.</summary>
internal static class CreateDtoEmitter
{
    private const string RequiredAttribute = "global::System.ComponentModel.DataAnnotations.RequiredAttribute";

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
            var keepsEntityDefault = property.CreateBinding == CreateBinding.KeepEntityDefault;
            if (keepsEntityDefault)
            {
                writer.WriteLine("/// <remarks>Optional: when left out, the entity keeps the value it sets itself.</remarks>");
            }

            // [Required] would refuse the null that means "keep the entity's own value".
            GeneratedFile.WriteValidationAttributes(writer, property.ValidationAttributes.Where(a => !(keepsEntityDefault && a.Type == RequiredAttribute)));

            var required = property.RequiredInCreate ? "required " : string.Empty;
            var initializer = property.CreateDefault is null ? string.Empty : " = " + property.CreateDefault + ";";
            writer.WriteLine("public " + required + property.CreateType + " " + property.Name + " { get; init; }" + initializer);
        }

        PrintMembersEmitter.WriteIfNeeded(writer, entity, GeneratedKinds.Create, entity.Properties.Where(p => p.InCreate).Select(p => p.Name));
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }
}
