using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}Update</c>: a partial update whose absent members leave the entity unchanged.</summary>
internal static class UpdateDtoEmitter
{
    private const string DataAnnotations = "global::System.ComponentModel.DataAnnotations.";
    private const string RequiredAttribute = "global::System.ComponentModel.DataAnnotations.RequiredAttribute";

    // [Compare] reads the other member from the validated object, which in an Update DTO is an Optional<T>, never equal.
    private const string CompareAttribute = "global::System.ComponentModel.DataAnnotations.CompareAttribute";

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
            writer.WriteLine("[global::System.Text.Json.Serialization.JsonIgnore(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]");
            if (features.HasValidateNever)
            {
                // MVC would read Optional<T>.Value of unset members; Validate below checks the set ones instead.
                writer.WriteLine("[global::Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]");
            }

            writer.WriteLine("public global::EntityDtoGen.Optional<" + property.Type + "> " + property.Name + " { get; init; }");
            writer.WriteLine();
        }

        WriteValidate(writer, members);
        PrintMembersEmitter.WriteIfNeeded(writer, entity, GeneratedKinds.Update, members.Select(p => p.Name));
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    private static void WriteValidate(SourceWriter writer, List<PropertyModel> members)
    {
        writer.WriteLine("/// <summary>Validates the members that are set with the entity's validation attributes; unset members are not validated.</summary>");
        writer.WriteLine("global::System.Collections.Generic.IEnumerable<" + DataAnnotations + "ValidationResult> " + DataAnnotations + "IValidatableObject.Validate(" + DataAnnotations + "ValidationContext validationContext)");
        writer.OpenBlock();
        writer.WriteLine("var results = new global::System.Collections.Generic.List<" + DataAnnotations + "ValidationResult>();");
        var checks = members.Select(p => (Property: p, Rules: Rules(p))).Where(c => c.Rules.Count > 0 || c.Property.IsValueObject).ToList();
        foreach (var (property, rules) in checks)
        {
            writer.WriteLine("if (this." + property.Name + ".HasValue)");
            writer.OpenBlock();
            if (rules.Count > 0)
            {
                writer.WriteLine("Check(this." + property.Name + ".Value, \"" + property.DisplayName + "\", " + string.Join(", ", rules) + ");");
            }

            if (property.IsValueObject)
            {
                writer.WriteLine("CheckMembers(this." + property.Name + ".Value, \"" + property.DisplayName + "\");");
            }

            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("OnValidate(validationContext, results);");
        writer.WriteLine("return results;");
        if (checks.Any(c => c.Rules.Count > 0))
        {
            WriteCheckFunction(writer);
        }

        if (checks.Any(c => c.Property.IsValueObject))
        {
            WriteCheckMembersFunction(writer);
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Adds validation of your own, run after the generated checks.</summary>");
        writer.WriteLine("partial void OnValidate(" + DataAnnotations + "ValidationContext validationContext, global::System.Collections.Generic.List<" + DataAnnotations + "ValidationResult> results);");
    }

    private static void WriteCheckFunction(SourceWriter writer)
    {
        writer.WriteLine();
        writer.WriteBlock($$"""
            void Check(object? value, string memberName, params {{DataAnnotations}}ValidationAttribute[] rules)
            {
                var context = new {{DataAnnotations}}ValidationContext(this, validationContext, validationContext.Items) { MemberName = memberName, DisplayName = memberName };
                {{DataAnnotations}}Validator.TryValidateValue(value, context, results, rules);
            }
            """);
    }

    /// <summary>
    /// An owned or complex value is validated member by member, as MVC does for Create; its errors are named
    /// <c>Member.Inner</c> like MVC's own model-state keys.
    /// </summary>
    private static void WriteCheckMembersFunction(SourceWriter writer)
    {
        writer.WriteLine();
        writer.WriteBlock($$"""
            void CheckMembers(object? value, string memberName)
            {
                if (value is null)
                {
                    return;
                }

                var inner = new global::System.Collections.Generic.List<{{DataAnnotations}}ValidationResult>();
                {{DataAnnotations}}Validator.TryValidateObject(value, new {{DataAnnotations}}ValidationContext(value, validationContext, validationContext.Items), inner, validateAllProperties: true);
                foreach (var result in inner)
                {
                    results.Add(new {{DataAnnotations}}ValidationResult(result.ErrorMessage, global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(result.MemberNames, name => memberName + "." + name))));
                }
            }
            """);
    }

    /// <summary>
    /// The entity's rules, plus a null check for a non-nullable member, which a present <c>null</c> would otherwise
    /// write into the entity. Only null is refused there, not an empty string: emptiness is the entity's rules' call.
    /// </summary>
    private static List<string> Rules(PropertyModel property)
    {
        var rules = new List<string>();
        if (property.IsNonNullable && property.IsReferenceType && !property.ValidationAttributes.Any(a => a.Type == RequiredAttribute))
        {
            rules.Add("new " + RequiredAttribute + "() { AllowEmptyStrings = true }");
        }

        rules.AddRange(property.ValidationAttributes.Where(a => a.Type != CompareAttribute).Select(GeneratedFile.NewExpression));
        return rules;
    }
}
