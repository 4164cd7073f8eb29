using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Property names that the generated types cannot take as members (EDG008): the compiler would report the clash
/// inside a generated file, which tells the user nothing.
/// </summary>
internal static class MemberNameChecks
{
    /// <summary>Members every record has, declared by the compiler or inherited from <c>object</c>.</summary>
    private static readonly HashSet<string> RecordMembers =
    [
        "EqualityContract", "PrintMembers", "Equals", "GetHashCode", "ToString", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    ];

    public static void Check(INamedTypeSymbol entity, EntityMembers members, Location entityLocation, List<EntityProblem> problems)
    {
        var reported = new HashSet<string>();
        foreach (var property in members.Properties)
        {
            CheckName(property.DisplayName, property.InCreate ? entity.Name + "Create" : null, property.InRead ? entity.Name + "Read" : null, property.InUpdate ? entity.Name + "Update" : null);
        }

        foreach (var navigation in members.Navigations)
        {
            if (navigation.IncludeInRead)
            {
                CheckName(navigation.DisplayName, null, entity.Name + "Read", null);
            }

            if (navigation.DisplayName == "ForRead")
            {
                Report(navigation.DisplayName, entity.Name + "Includes", "its helper IncludeForRead would clash with the generated IncludeForRead()");
            }
        }

        void CheckName(string name, string? create, string? read, string? update)
        {
            foreach (var dto in new[] { create, read, update })
            {
                if (dto is null)
                {
                    continue;
                }

                if (name == dto)
                {
                    Report(name, dto, "a member cannot have the name of its type");
                }
                else if (RecordMembers.Contains(name))
                {
                    Report(name, dto, "every record already has a member of that name");
                }
                else if (dto == read && name == "Projection")
                {
                    Report(name, dto, "the Read DTO's static Projection has that name");
                }
                else if (dto == update && name == "OnValidate")
                {
                    Report(name, dto, "the Update DTO's OnValidate hook has that name");
                }
            }
        }

        void Report(string name, string dto, string reason)
        {
            // One diagnostic a property: the first DTO it cannot enter is enough to act on.
            if (!reported.Add(name))
            {
                return;
            }

            var symbol = EntityShape.Properties(entity).FirstOrDefault(p => p.Name == name);
            var location = (symbol is null ? null : EntityParser.FirstSourceLocation(symbol)) ?? entityLocation;
            problems.Add(new EntityProblem(DiagnosticDescriptors.MemberNameCollision, location, null, new object?[] { entity.Name, name, dto, reason }));
        }
    }
}
