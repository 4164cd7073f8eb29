using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using EntityDtoGen.Parsing;

namespace EntityDtoGen.Emitting;

/// <summary>
/// The JSON members of each generated DTO, in the order reflection sees them: the members of the user's own part (the
/// compiler puts user files before generated ones), then the entity's members as that DTO kind carries them.
/// </summary>
internal static class JsonContracts
{
    public static List<JsonMemberModel> Members(EntityModel entity, DtoKind kind)
    {
        var members = entity.UserMembers.Where(m => m.Kind == kind.Kind && m.Json is not null).Select(m => m.Json!.Value).ToList();
        foreach (var property in entity.Properties.Where(p => p.Carries(kind)))
        {
            members.Add(kind.Kind switch
            {
                GeneratedKinds.Create => CreateMember(property),
                GeneratedKinds.Update => JsonMemberModel.Generated(property.Name, property.DisplayName, OptionalType(property), isRequired: false, isNonNullableReference: false, acceptsNull: false) with { Ignore = WhenWritingDefault },
                _ => JsonMemberModel.Generated(property.Name, property.DisplayName, property.Type, property.IsReferenceType && property.IsNonNullable, property.IsReferenceType && property.IsNonNullable, !property.IsNonNullable),
            });
        }

        if (kind.Kind == GeneratedKinds.Read)
        {
            foreach (var navigation in entity.Navigations.Where(n => n.IncludeInRead))
            {
                var type = ReadDtoEmitter.NestedType(navigation);
                var required = type.StartsWith("required ", System.StringComparison.Ordinal);
                members.Add(JsonMemberModel.Generated(navigation.Name, navigation.DisplayName, required ? type.Substring("required ".Length) : type, required, required, !required));
            }
        }

        return members;
    }

    /// <summary>The metadata every member type of the entity's DTOs needs, each once.</summary>
    public static List<JsonTypeModel> Types(EntityModel entity)
    {
        var types = new List<JsonTypeModel>();
        foreach (var property in entity.Properties)
        {
            types.AddRange(property.JsonTypes);
            if (property.InUpdate)
            {
                types.Add(JsonTypeReader.Optional(property.Type, property.IsReferenceType));
            }
        }

        foreach (var member in entity.UserMembers.Where(m => m.Json is not null && entity.Has(m.Kind)))
        {
            types.AddRange(member.JsonTypes);
        }

        return types.Distinct().ToList();
    }

    public static string OptionalType(PropertyModel property) => "global::EntityDtoGen.Optional<" + property.Type + ">";

    private const string WhenWritingDefault = "global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault";

    private static JsonMemberModel CreateMember(PropertyModel property)
    {
        var nonNullable = property.IsReferenceType && property.IsNonNullable && property.CreateBinding != CreateBinding.KeepEntityDefault;
        var member = JsonMemberModel.Generated(property.Name, property.DisplayName, property.CreateType, property.RequiredInCreate, nonNullable, !property.IsNonNullable || property.CreateBinding == CreateBinding.KeepEntityDefault);
        if (property.CreateDefault is not { } initializer || property.RequiredInCreate)
        {
            return member;
        }

        return CreateDefaultReader.IsConstant(initializer) ? member with { ConstantDefault = initializer }
            : property.IsReferenceType ? member with { Fallback = initializer }
            : member;
    }
}
