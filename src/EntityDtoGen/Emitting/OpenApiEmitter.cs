using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits one entity's part of <c>EntityDtoGen.DtoOpenApi</c> (only where the compilation references
/// <c>Microsoft.AspNetCore.OpenApi</c>): which of its DTOs are input, and for its Update DTO each <c>Optional&lt;T&gt;</c>
/// member's value type, whether null clears it, and where its validation rules are declared (the entity).
/// </summary>
internal static class OpenApiEmitter
{
    public const string Registry = "global::System.Collections.Generic.Dictionary<global::System.Type, OptionalMember[]>";

    public static string Emit(EntityModel entity)
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("partial class DtoOpenApi");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Adds how the input DTOs of " + GeneratedFile.Cref(entity.FullyQualifiedName) + " appear in OpenAPI documents.</summary>");
        writer.WriteLine("private static void " + ValidationEmitter.RegistrationName(entity.HintNamePrefix) + "(" + Registry + " inputs)");
        writer.OpenBlock();
        if (entity.Has(DtoKind.Create))
        {
            writer.WriteLine("inputs[typeof(" + entity.QualifiedName(entity.CreateName) + ")] = [];");
        }

        if (entity.Has(DtoKind.Update))
        {
            writer.WriteLine("inputs[typeof(" + entity.QualifiedName(entity.UpdateName) + ")] =");
            writer.WriteLine("[");
            writer.Indent();
            foreach (var property in entity.Properties.Where(p => p.InUpdate))
            {
                var valueType = property.IsReferenceType && property.Type.EndsWith("?", System.StringComparison.Ordinal) ? property.Type.Substring(0, property.Type.Length - 1) : property.Type;
                writer.WriteLine("new(\"" + property.DisplayName + "\", typeof(" + valueType + "), " + (property.IsNonNullable ? "false" : "true")
                    + ", static () => global::EntityDtoGen.DtoValidator.Attributes<" + entity.FullyQualifiedName + ">(\"" + property.DisplayName + "\")),");
            }

            writer.Unindent();
            writer.WriteLine("];");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(writer, "EntityDtoGen");
    }
}
