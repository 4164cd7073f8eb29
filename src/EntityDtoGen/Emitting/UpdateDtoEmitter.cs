using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}Update</c>: a partial update whose absent members leave the entity unchanged.</summary>
internal static class UpdateDtoEmitter
{
    private const string DataAnnotations = "global::System.ComponentModel.DataAnnotations.";

    public static string Emit(EntityModel entity, CompilationFeatures features)
    {
        var writer = GeneratedFile.Begin(entity);
        GeneratedFile.WriteTypeDocumentation(writer, "A partial update of a " + GeneratedFile.Cref(entity.FullyQualifiedName) + ": an unset member leaves the entity's value unchanged, a member set to null sets it to null. Apply it with <c>ApplyTo()</c>.");
        writer.WriteLine(entity.Accessibility + " sealed partial record " + entity.UpdateName + " : " + DataAnnotations + "IValidatableObject");
        writer.OpenBlock();
        var members = entity.Properties.Where(p => p.InUpdate).ToList();
        foreach (var property in members)
        {
            GeneratedFile.WriteDocumentation(writer, property.Documentation);
            // With MVC, [ValidateNever]: MVC would read Optional<T>.Value of unset members; Validate below checks the set ones.
            writer.WriteLine("[global::System.Text.Json.Serialization.JsonIgnore(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)"
                + (features.HasValidateNever ? ", global::Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]" : "]"));

            writer.WriteLine("public global::EntityDtoGen.Optional<" + property.Type + "> " + property.Name + " { get; init; }");
            writer.WriteLine();
        }

        WriteValidate(writer, entity, members);
        PrintMembersEmitter.WriteIfNeeded(writer, entity, GeneratedKinds.Update, members.Select(p => p.Name));
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    /// <summary>
    /// Validates each set member with the entity's rules (read from the entity's property, as the DTO members are
    /// <c>Optional&lt;T&gt;</c>), plus a null check for a non-nullable member, which a present <c>null</c> would otherwise
    /// write into the entity. Only null is refused there, not an empty string: emptiness is the entity's rules' call.
    /// <c>[Compare]</c> is left out: it would read the other member, an <c>Optional&lt;T&gt;</c>, from this object.
    /// </summary>
    private static void WriteValidate(SourceWriter writer, EntityModel entity, List<PropertyModel> members)
    {
        writer.WriteLine("/// <summary>Validates the members that are set with the entity's validation attributes; unset members are not validated.</summary>");
        writer.WriteLine("global::System.Collections.Generic.IEnumerable<" + DataAnnotations + "ValidationResult> " + DataAnnotations + "IValidatableObject.Validate(" + DataAnnotations + "ValidationContext validationContext)");
        writer.OpenBlock();
        writer.WriteLine("var results = new " + ValidationEmitter.Results + "();");
        var values = 0;
        foreach (var property in members)
        {
            var notNull = property.IsNonNullable && property.IsReferenceType;
            var hasOwnRules = notNull || property.ValidationAttributes.Count > 0;
            if (!hasOwnRules && property.ValueMembers.Count == 0)
            {
                continue;
            }

            var value = "this." + property.Name + ".Value";
            var rules = ValidationEmitter.RulesFor(notNull, skipCompare: true);
            if (property.ValueMembers.Count == 0)
            {
                // One check: one line.
                writer.WriteLine("if (this." + property.Name + ".HasValue) " + ValidationEmitter.MemberCheck(entity.FullyQualifiedName, "this", value, property, rules));
                continue;
            }

            writer.WriteLine("if (this." + property.Name + ".HasValue)");
            writer.OpenBlock();
            ValidationEmitter.WriteMemberChecks(writer, entity.FullyQualifiedName, "this", value, property, rules, hasOwnRules, ref values);
            writer.CloseBlock();
        }

        writer.WriteLine();
        writer.WriteLine("OnValidate(validationContext, results);");
        writer.WriteLine("return results;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Adds validation of your own, run after the generated checks.</summary>");
        writer.WriteLine("partial void OnValidate(" + DataAnnotations + "ValidationContext validationContext, global::System.Collections.Generic.List<" + DataAnnotations + "ValidationResult> results);");
    }
}
