using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Reads the members users add in their own partial <c>{Entity}Create</c>/<c>Read</c>/<c>Update</c>. The generator's
/// compilation holds only the user's part, so every member found there is the user's.
/// </summary>
internal static class UserDtoPartReader
{
    public static EquatableArray<UserMemberModel> Read(INamedTypeSymbol entity, INamespaceSymbol @namespace, GeneratedKinds kinds)
    {
        var result = new List<UserMemberModel>();
        foreach (var kind in DtoKind.All.Select(k => k.Kind))
        {
            if ((kinds & kind) == 0)
            {
                continue;
            }

            foreach (var part in @namespace.GetTypeMembers(entity.Name + kind, 0))
            {
                var members = PrintedMembers(part).ToList();
                if (members.Any(m => m.IsSecret))
                {
                    result.AddRange(members.Select(m => m with { Kind = kind }));
                }
            }
        }

        return new EquatableArray<UserMemberModel>(result.ToArray());
    }

    /// <summary>
    /// The kinds the user wrote a partial part of: their code names that DTO, so it is generated even when the entity gives
    /// it no member.
    /// </summary>
    public static GeneratedKinds KindsWithParts(INamedTypeSymbol entity, INamespaceSymbol @namespace, GeneratedKinds kinds)
    {
        var result = GeneratedKinds.None;
        foreach (var kind in DtoKind.All)
        {
            if ((kinds & kind.Kind) != 0 && @namespace.GetTypeMembers(kind.NameFor(entity.Name), 0).Length > 0)
            {
                result |= kind.Kind;
            }
        }

        return result;
    }

    /// <summary>The members a record's <c>ToString()</c> prints: public, instance, readable, in declaration order.</summary>
    private static IEnumerable<UserMemberModel> PrintedMembers(INamedTypeSymbol part)
    {
        foreach (var member in part.GetMembers())
        {
            var printed = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } => true,
                IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, IsConst: false } => true,
                _ => false,
            };
            if (printed)
            {
                var secret = member.GetAttributes().Any(a => a.Is(KnownNames.SecretAttribute));
                yield return new UserMemberModel(GeneratedKinds.None, CSharpLiterals.Identifier(member.Name), member.Name, secret);
            }
        }
    }
}
