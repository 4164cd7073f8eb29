using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>
/// Reads the entity members a <c>SaveChanges</c> override or a <c>SaveChangesInterceptor</c> assigns: the server sets
/// them, so no DTO takes them from a client.
/// </summary>
internal sealed class AssignmentReader(SemanticModel model, string source, List<ModelFact> facts, CancellationToken cancellationToken)
{
    public void Read(MethodDeclarationSyntax method)
    {
        foreach (var assignment in method.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadAssignment(assignment.Left);
        }
    }

    private void ReadAssignment(ExpressionSyntax target)
    {
        switch (target)
        {
            // entry.Property(e => e.CreatedAt).CurrentValue = …, entry.Property("CreatedAt").CurrentValue = …
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CurrentValue", Expression: InvocationExpressionSyntax property }
                when Syntax.InvokedName(property) == "Property":
                AddEntryMembers(property);
                return;

            // entry.CurrentValues["CreatedAt"] = …
            case ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CurrentValues" } } element:
                foreach (var argument in element.ArgumentList.Arguments)
                {
                    if (Syntax.ConstantValue(argument.Expression, model, cancellationToken) is string name)
                    {
                        facts.Add(new ModelFact(FactIndex.AnyEntity, name, FactKind.ServerManaged, source));
                    }
                }

                return;
        }

        // entry.Entity.CreatedBy = …, auditable.Created = …
        if (model.GetSymbolInfo(target, cancellationToken).Symbol is IPropertySymbol { IsStatic: false } assigned && !IsFrameworkType(assigned.ContainingType))
        {
            facts.Add(new ModelFact(TypeKeys.Of(assigned.ContainingType), assigned.Name, FactKind.ServerManaged, source));
        }
    }

    /// <summary>A typed <c>EntityEntry&lt;T&gt;</c> names members of <c>T</c>; an untyped entry, of whatever entity has them.</summary>
    private void AddEntryMembers(InvocationExpressionSyntax property)
    {
        var entry = Syntax.Receiver(property) is { } receiver ? model.GetTypeInfo(receiver, cancellationToken).Type as INamedTypeSymbol : null;
        var entity = entry is not null && entry.OriginalDefinition.HasMetadataName(KnownNames.EfEntityEntry) ? entry.TypeArguments[0] as INamedTypeSymbol : null;
        foreach (var (member, declaringType) in Syntax.SelectedMembers(property, model, withDeclaringType: true, cancellationToken))
        {
            var owner = declaringType ?? entity;
            facts.Add(new ModelFact(owner is null ? FactIndex.AnyEntity : TypeKeys.Of(owner), member, FactKind.ServerManaged, source));
        }
    }

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name is "System" or "Microsoft";
    }
}
