using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits one entity's (or read shape's) part of <c>EntityDtoGen.DtoJson</c>: a registration method that adds the
/// System.Text.Json metadata of its DTOs and of the collections, enums and <c>Optional&lt;T&gt;</c> types their members
/// use. <see cref="DtoJsonEmitter"/> calls every registration method, so this file changes only with this entity.
/// </summary>
internal static class JsonEmitter
{
    private const string Metadata = "global::EntityDtoGen.DtoJsonMetadata";
    private const string Registry = "global::System.Collections.Generic.Dictionary<global::System.Type, global::System.Func<global::System.Text.Json.JsonSerializerOptions, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo>>";

    public static string EmitEntity(EntityModel entity, CompilationFeatures features)
    {
        // A DTO whose part has a required member JSON cannot set gets no metadata: no initializer could create it.
        var contracts = DtoKind.All.Where(kind => entity.Has(kind) && !entity.UserMembers.Any(m => m.Kind == kind.Kind && m.BlocksJson)).Select(kind => (Type: entity.QualifiedName(kind.NameFor(entity.Name)), Method: MethodName(entity.HintNamePrefix, kind.Suffix), Members: JsonContracts.Members(entity, kind))).ToList();
        return Emit(entity.HintNamePrefix, "the DTOs of " + GeneratedFile.Cref(entity.FullyQualifiedName) + " and of the types their members use", contracts, JsonContracts.Types(entity), features.HasJsonNullability);
    }

    public static string EmitShape(ShapeModel shape, CompilationFeatures features) =>
        Emit(
            shape.Shape.HintNamePrefix,
            "the read shape " + GeneratedFile.Cref(shape.Shape.FullyQualifiedName) + " and of the types its members use",
            shape.Shape.JsonMembers is { } members ? [(shape.Shape.FullyQualifiedName, MethodName(shape.Shape.HintNamePrefix, "Shape"), members.ToList())] : [],
            shape.Shape.JsonTypes.Distinct().ToList(),
            features.HasJsonNullability);

    /// <summary>The registration method of an entity or shape, by its unique hint name prefix.</summary>
    public static string RegistrationName(string hintNamePrefix) => "Register_" + Identifiers.Mangle(hintNamePrefix);

    /// <param name="nullability">Whether the metadata can mark non-nullable members and initializer slots (System.Text.Json 9 or later).</param>
    private static string Emit(string hintNamePrefix, string what, List<(string Type, string Method, List<JsonMemberModel> Members)> contracts, List<JsonTypeModel> types, bool nullability)
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("partial class DtoJson");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Adds the JSON metadata of " + what + ".</summary>");
        writer.WriteLine("private static void " + RegistrationName(hintNamePrefix) + "(" + Registry + " types)");
        writer.OpenBlock();
        foreach (var contract in contracts)
        {
            writer.WriteLine(Metadata + ".Register<" + contract.Type + ">(types, " + contract.Method + ");");
        }

        foreach (var type in types)
        {
            writer.WriteLine("types.TryAdd(typeof(" + type.Type + "), static options => " + type.Factory + ");");
        }

        writer.CloseBlock();
        foreach (var contract in contracts)
        {
            writer.WriteLine();
            WriteContract(writer, contract.Type, contract.Method, contract.Members, nullability);
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    private static void WriteContract(SourceWriter writer, string type, string method, List<JsonMemberModel> members, bool nullability)
    {
        // Members set in the object initializer: init members, and required members, which C# only lets an initializer set.
        var created = members.Where(m => m.Setter == JsonSetter.Init || m.IsRequired).ToList();
        writer.WriteLine("private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo " + method + "(global::System.Text.Json.JsonSerializerOptions options) => " + Metadata + ".Object<" + type + ">(");
        writer.Indent();
        writer.WriteLine("options,");
        if (created.Count == 0)
        {
            writer.WriteLine("static _ => new " + type + "(),");
        }
        else
        {
            writer.WriteLine("static args => new " + type);
            writer.OpenBlock();
            for (var i = 0; i < created.Count; i++)
            {
                var member = created[i];
                var value = member.Fallback is { } fallback
                    ? Metadata + ".ValueOr<" + member.Type + ">(args[" + Index(i) + "], static () => " + fallback + ")"
                    : "(" + member.Type + ")args[" + Index(i) + "]";
                writer.WriteLine(member.Name + " = " + value + ",");
            }

            writer.CloseBlock(",");
        }

        writer.WriteLine("static options =>");
        writer.WriteLine("[");
        writer.Indent();
        foreach (var member in members)
        {
            var property = Property(type, member, created.Contains(member));
            writer.WriteLine((nullability && member.IsNonNullableReference ? "NonNullable(" + property + ")" : property) + ",");
        }

        writer.Unindent();
        // On System.Text.Json 9 or later the generated Initializer marks each slot as a member initializer with its nullability.
        writer.WriteLine(nullability && created.Count > 0 ? "], Initializer);" : "]);");
        writer.Unindent();
    }

    private static string Property(string type, JsonMemberModel member, bool created)
    {
        var set = !created && member.Setter == JsonSetter.Setter ? "static (dto, value) => dto." + member.Name + " = value" : "null";
        var flags = new List<string>();
        if (created)
        {
            flags.Add("global::EntityDtoGen.DtoJsonMember.Init");
        }

        if (member.IsRequired)
        {
            flags.Add("global::EntityDtoGen.DtoJsonMember.Required");
        }

        var defaultValue = created && !member.IsRequired ? member.ConstantDefault : null;
        if (created && member.AcceptsNull)
        {
            flags.Add("global::EntityDtoGen.DtoJsonMember.Nullable");
        }

        if (defaultValue is not null)
        {
            flags.Add("global::EntityDtoGen.DtoJsonMember.HasDefault");
        }

        var builder = new StringBuilder();
        builder.Append(Metadata).Append(".Property<").Append(type).Append(", ").Append(member.Type).Append(">(options, \"").Append(member.ClrName)
            .Append("\", static dto => dto.").Append(member.Name).Append(", ").Append(set).Append(", ")
            .Append(flags.Count == 0 ? "global::EntityDtoGen.DtoJsonMember.None" : string.Join(" | ", flags));
        Named(builder, "jsonName", member.JsonName);
        Named(builder, "ignore", member.Ignore);
        Named(builder, "converter", member.Converter);
        Named(builder, "numberHandling", member.NumberHandling);
        Named(builder, "order", member.Order == 0 ? null : member.Order.ToString(CultureInfo.InvariantCulture));
        Named(builder, "defaultValue", defaultValue);
        return builder.Append(')').ToString();
    }

    private static void Named(StringBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Append(", ").Append(name).Append(": ").Append(value);
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string MethodName(string hintNamePrefix, string suffix) => "Metadata_" + Identifiers.Mangle(hintNamePrefix) + "_" + suffix;
}
