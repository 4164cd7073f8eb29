using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits one entity's part of <c>EntityDtoGen.DtoValidation</c>: how its Create and Update DTOs are validated outside
/// MVC (the minimal-API filter, .NET 10's validation resolver), member by member through <c>DtoValidator</c>, which reads
/// each member's rules from the property that declares them. MVC keeps validating the DTOs itself and reaches the same
/// rules.
/// </summary>
internal static class ValidationEmitter
{
    public const string Validator = "global::EntityDtoGen.DtoValidator";
    public const string Rules = "global::EntityDtoGen.DtoValidationRules";
    public const string Context = "global::System.ComponentModel.DataAnnotations.ValidationContext";
    public const string Results = "global::System.Collections.Generic.List<global::System.ComponentModel.DataAnnotations.ValidationResult>";
    public const string Registry = "global::System.Collections.Generic.Dictionary<global::System.Type, global::System.Action<object, " + Context + "?, " + Results + ">>";

    public static bool Validates(EntityModel entity) => entity.Has(DtoKind.Create) || entity.Has(DtoKind.Update);

    public static string RegistrationName(string hintNamePrefix) => "Register_" + Identifiers.Mangle(hintNamePrefix);

    public static string Emit(EntityModel entity)
    {
        var kinds = new[] { DtoKind.Create, DtoKind.Update }.Where(entity.Has).ToList();
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("partial class DtoValidation");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Adds the validation of the input DTOs of " + GeneratedFile.Cref(entity.FullyQualifiedName) + ".</summary>");
        writer.WriteLine("private static void " + RegistrationName(entity.HintNamePrefix) + "(" + Registry + " validators)");
        writer.OpenBlock();
        foreach (var kind in kinds)
        {
            writer.WriteLine("validators[typeof(" + entity.QualifiedName(kind.NameFor(entity.Name)) + ")] = static (value, context, results) => " + MethodName(entity, kind) + "((" + entity.QualifiedName(kind.NameFor(entity.Name)) + ")value, context, results);");
        }

        writer.CloseBlock();
        foreach (var kind in kinds)
        {
            writer.WriteLine();
            WriteValidate(writer, entity, kind);
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    /// <summary>
    /// One member's check: its rules come from <paramref name="declaringType"/>'s property of the same name (the DTO, or
    /// for an Update member the entity), and an owned value's members are checked under <c>Member.Inner</c>.
    /// </summary>
    public static void WriteMemberChecks(SourceWriter writer, string declaringType, string instance, string value, PropertyModel property, string rules, bool hasOwnRules, ref int values)
    {
        if (hasOwnRules)
        {
            writer.WriteLine(MemberCheck(declaringType, instance, value, property, rules));
        }

        if (property.ValueType is { } valueType && property.ValueMembers.Count > 0)
        {
            var local = "value" + values++;
            writer.WriteLine("if (" + value + " is { } " + local + ")");
            writer.OpenBlock();
            foreach (var member in property.ValueMembers)
            {
                writer.WriteLine(Validator + ".Member<" + valueType + ">(" + local + ", " + local + "." + Parsing.CSharpLiterals.Identifier(member) + ", \"" + member + "\", \"" + property.DisplayName + "." + member + "\", " + Rules + ".None, " + Arguments);
            }

            writer.CloseBlock();
        }
    }

    /// <summary>The statement that validates one member with its own rules.</summary>
    public static string MemberCheck(string declaringType, string instance, string value, PropertyModel property, string rules) =>
        Validator + ".Member<" + declaringType + ">(" + instance + ", " + value + ", \"" + property.DisplayName + "\", \"" + property.DisplayName + "\", " + rules + ", " + Arguments;

    /// <summary>The last arguments of every <c>DtoValidator.Member</c> call.</summary>
    public const string Arguments = "validationContext, results);";

    public static string RulesFor(bool notNull, bool skipCompare)
    {
        var rules = new List<string>();
        if (notNull)
        {
            rules.Add(Rules + ".NotNull");
        }

        if (skipCompare)
        {
            rules.Add(Rules + ".SkipCompare");
        }

        return rules.Count == 0 ? Rules + ".None" : string.Join(" | ", rules);
    }

    private static void WriteValidate(SourceWriter writer, EntityModel entity, DtoKind kind)
    {
        var type = entity.QualifiedName(kind.NameFor(entity.Name));
        writer.WriteLine("private static void " + MethodName(entity, kind) + "(" + type + " dto, " + Context + "? validationContext, " + Results + " results)");
        writer.OpenBlock();
        foreach (var member in entity.UserMembers.Where(m => m.Kind == kind.Kind && m.IsValidated))
        {
            writer.WriteLine(Validator + ".Member<" + type + ">(dto, dto." + member.Name + ", \"" + member.DisplayName + "\", \"" + member.DisplayName + "\", " + RulesFor(member.IsNonNullableReference, skipCompare: false) + ", " + Arguments);
        }

        if (kind.Kind == GeneratedKinds.Create)
        {
            var values = 0;
            foreach (var property in entity.Properties.Where(p => p.InCreate))
            {
                var notNull = property.IsReferenceType && property.IsNonNullable && property.CreateBinding != CreateBinding.KeepEntityDefault;
                WriteMemberChecks(writer, type, "dto", "dto." + property.Name, property, RulesFor(notNull, skipCompare: false), notNull || property.ValidationAttributes.Count > 0, ref values);
            }
        }

        // The user's own IValidatableObject on Create; on Update, the generated one, which checks the members that are set.
        writer.WriteLine(Validator + ".Object(dto, string.Empty, validationContext, results);");
        writer.CloseBlock();
    }

    private static string MethodName(EntityModel entity, DtoKind kind) => "Validate_" + Identifiers.Mangle(entity.HintNamePrefix) + "_" + kind.Suffix;
}
