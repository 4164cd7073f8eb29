using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Diagnostics;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// Reads the members users add in their own partial <c>{Entity}Create</c>/<c>Read</c>/<c>Update</c>. The generator's
/// compilation holds only the user's part, so every member found there is the user's.
/// </summary>
internal static class UserDtoPartReader
{
    /// <summary>The members of the user's parts, in declaration order, each with how JSON treats it.</summary>
    /// <param name="problems">Where EDG020 goes for what the generated JSON metadata cannot honour; null when nobody reports.</param>
    public static EquatableArray<UserMemberModel> Read(INamedTypeSymbol entity, INamespaceSymbol @namespace, GeneratedKinds kinds, Compilation compilation, List<EntityProblem>? problems, CancellationToken cancellationToken)
    {
        var result = new List<UserMemberModel>();
        foreach (var kind in DtoKind.All)
        {
            if ((kinds & kind.Kind) == 0)
            {
                continue;
            }

            foreach (var part in UserParts(@namespace, kind.NameFor(entity.Name)))
            {
                if (problems is not null)
                {
                    JsonTypeChecks.Check(part, problems);
                }

                result.AddRange(PrintedMembers(part, kind.Kind, compilation, problems, cancellationToken));
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
            if ((kinds & kind.Kind) != 0 && UserParts(@namespace, kind.NameFor(entity.Name)).Any())
            {
                result |= kind.Kind;
            }
        }

        return result;
    }

    /// <summary>The types of that name the user declared; in the analyzer's compilation the generated DTO is there too.</summary>
    private static IEnumerable<INamedTypeSymbol> UserParts(INamespaceSymbol @namespace, string name) =>
        @namespace.GetTypeMembers(name, 0).Where(part => !GeneratorOutput.DeclaresOnly(part));

    /// <summary>The members a record's <c>ToString()</c> prints: public, instance, readable, in declaration order.</summary>
    private static IEnumerable<UserMemberModel> PrintedMembers(INamedTypeSymbol part, GeneratedKinds kind, Compilation compilation, List<EntityProblem>? problems, CancellationToken cancellationToken)
    {
        foreach (var member in part.GetMembers().Where(member => !GeneratorOutput.DeclaresOnly(member)))
        {
            var secret = member.GetAttributes().Any(a => a.Is(KnownNames.SecretAttribute));
            switch (member)
            {
                case IPropertySymbol { IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property:
                    var json = JsonMemberReader.IsSerialized(property) ? JsonMemberReader.Read(property, JsonTypeNames.Plain, compilation, cancellationToken) : default;
                    if (json.Problem(property) is { } reason && problems is not null)
                    {
                        problems.Add(new EntityProblem(DiagnosticDescriptors.JsonMetadataDiffers, property.Locations.FirstOrDefault() ?? Location.None, null, new object?[] { part.Name + "." + property.Name, reason }));
                    }

                    var nonNullable = property.Type.IsReferenceType && property.Type.NullableAnnotation == NullableAnnotation.NotAnnotated;
                    yield return new UserMemberModel(
                        kind,
                        CSharpLiterals.Identifier(member.Name),
                        member.Name,
                        secret,
                        json.Member,
                        json.Types,
                        property.IsRequired && json.Member is null,
                        nonNullable || ValidationAttributeReader.Read(property).Count > 0,
                        nonNullable);
                    break;
                case IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, IsConst: false }:
                    yield return new UserMemberModel(kind, CSharpLiterals.Identifier(member.Name), member.Name, secret, null, EquatableArray<JsonTypeModel>.Empty, ((IFieldSymbol)member).IsRequired, false, false);
                    break;
            }
        }
    }
}
