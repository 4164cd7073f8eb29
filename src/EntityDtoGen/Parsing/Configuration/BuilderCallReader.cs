using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>
/// Reads the fluent calls of one configuration method (<c>OnModelCreating</c>, <c>Configure</c>, a builder helper) into
/// facts. The entity a call is about comes from the type of the builder it is made on, so lambda (<c>b =&gt; …</c>),
/// chained and <c>IEntityTypeConfiguration</c> forms read the same. A call on something the reader cannot follow (a
/// builder kept in a field, a string-named entity) gives no fact; <c>DtoModelCheck</c> finds what it would have said.
/// </summary>
internal sealed class BuilderCallReader(SemanticModel model, string source, List<ModelFact> facts, CancellationToken cancellationToken)
{
    private readonly BuilderReceivers _builders = new(model, cancellationToken);
    private readonly TypeKeyCache _keys = new();

    /// <summary>Calls on a property builder that make the database or EF Core generate the value.</summary>
    private static readonly HashSet<string> ValueGeneration =
    [
        "ValueGeneratedOnAdd", "ValueGeneratedOnAddOrUpdate", "ValueGeneratedOnUpdate", "ValueGeneratedOnUpdateSometimes",
        "HasComputedColumnSql", "HasDefaultValueSql", "IsRowVersion", "HasValueGenerator", "HasValueGeneratorFactory",
        "UseIdentityColumn", "UseIdentityByDefaultColumn", "UseIdentityAlwaysColumn", "UseSerialColumn", "UseHiLo", "UseSequence",
        "UseAutoincrement",
    ];

    private static readonly HashSet<string> Interesting =
    [
        .. ValueGeneration,
        "Entity", "Owned", "Ignore", "IgnoreAny", "HasKey", "OwnsOne", "OwnsMany", "ComplexProperty", "ComplexCollection", "ComplexProperties",
        "Properties", "Property", "HasConversion", "ValueGeneratedNever", "HasOne", "HasMany", "Navigation", "WithOne", "WithMany", "FindNavigation",
        "IsUnique",
    ];

    public void Read(MethodDeclarationSyntax method)
    {
        foreach (var invocation in method.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (Syntax.InvokedName(invocation) is { } name && Interesting.Contains(name))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadCall(invocation, name);
            }
        }
    }

    private void ReadCall(InvocationExpressionSyntax invocation, string name)
    {
        if (name == "IsUnique")
        {
            ReadUniqueIndex(invocation);
            return;
        }

        if (ValueGeneration.Contains(name) || name is "HasConversion" or "ValueGeneratedNever")
        {
            ReadPropertyCall(invocation, name == "HasConversion" ? FactKind.Converted : name == "ValueGeneratedNever" ? FactKind.ValueGeneratedNever : FactKind.ValueGenerated);
            return;
        }

        if (Syntax.Receiver(invocation) is not { } receiver)
        {
            return;
        }

        var builder = _builders.Of(receiver);
        switch (builder.Kind)
        {
            case BuilderKind.Model:
                AddTypeArgument(invocation, name switch
                {
                    "Entity" => FactKind.Entity,
                    "Owned" => FactKind.OwnedType,
                    "Ignore" => FactKind.IgnoredType,
                    _ => null,
                });
                break;
            case BuilderKind.ModelConfiguration:
                AddTypeArgument(invocation, name switch
                {
                    "Properties" => FactKind.ScalarType,
                    "ComplexProperties" => FactKind.OwnedType,
                    "IgnoreAny" => FactKind.IgnoredType,
                    _ => null,
                });
                break;
            case BuilderKind.EntityType:
                ReadEntityCall(invocation, name, builder.Entity!);
                break;
            case BuilderKind.Relationship when name is "WithOne" or "WithMany":
                // ReferenceNavigationBuilder<E, R>.WithMany(r => r.Orders): a navigation of the related type R.
                AddMembers(invocation, builder.Entity!, FactKind.Navigation);
                break;
            case BuilderKind.Other when name == "FindNavigation" && receiver is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Metadata" } metadata
                && _builders.Of(metadata.Expression) is { Kind: BuilderKind.EntityType, Entity: { } entity }:
                // eShop's builder.Metadata.FindNavigation(nameof(Order.OrderItems)).SetPropertyAccessMode(…).
                AddMembers(invocation, entity, FactKind.Navigation);
                break;
        }
    }

    /// <summary><c>Entity&lt;T&gt;()</c>, <c>Owned&lt;T&gt;()</c>, <c>Ignore&lt;T&gt;()</c> and the like: a fact about the type argument.</summary>
    private void AddTypeArgument(InvocationExpressionSyntax invocation, FactKind? kind)
    {
        if (kind is { } known && _builders.TypeArgument(invocation) is INamedTypeSymbol type and not IErrorTypeSymbol)
        {
            facts.Add(new ModelFact(_keys.Of(type), string.Empty, known, source));
        }
    }

    private void ReadEntityCall(InvocationExpressionSyntax invocation, string name, ITypeSymbol entity)
    {
        switch (name)
        {
            case "Ignore":
                AddMembers(invocation, entity, FactKind.Ignored);
                break;
            case "HasKey":
                AddMembers(invocation, entity, FactKind.Key);
                break;
            case "OwnsOne" or "OwnsMany" or "ComplexProperty" or "ComplexCollection":
                AddMembers(invocation, entity, FactKind.Owned);
                break;
            case "Property":
                AddMembers(invocation, entity, FactKind.Mapped);
                break;
            case "HasOne" or "HasMany" or "Navigation":
                AddMembers(invocation, entity, FactKind.Navigation);
                if (_builders.RelatedType(invocation, entity) is INamedTypeSymbol related)
                {
                    facts.Add(new ModelFact(_keys.Of(related), string.Empty, FactKind.Entity, source));
                }

                break;
        }
    }

    /// <summary>
    /// A call on a property builder (<c>HasConversion</c>, <c>ValueGeneratedOnAdd</c>, …) is about the member of the
    /// <c>Property(…)</c> call it is chained to, directly or through a local variable.
    /// </summary>
    private void ReadPropertyCall(InvocationExpressionSyntax invocation, FactKind kind)
    {
        var current = Syntax.Receiver(invocation);
        for (var steps = 0; current is not null && steps < 32; steps++)
        {
            switch (current)
            {
                case InvocationExpressionSyntax inner when Syntax.InvokedName(inner) == "Property":
                    if (Syntax.Receiver(inner) is { } receiver && _builders.Of(receiver) is { Kind: BuilderKind.EntityType, Entity: { } entity })
                    {
                        AddMembers(inner, entity, kind);
                    }

                    return;
                case InvocationExpressionSyntax inner:
                    current = Syntax.Receiver(inner);
                    break;
                case IdentifierNameSyntax identifier when _builders.IsParameter(identifier):
                    return;
                case IdentifierNameSyntax identifier when model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local:
                    current = (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary><c>HasIndex(e =&gt; new { e.A, e.B }).IsUnique()</c> (not <c>IsUnique(false)</c>): one fact naming all its members.</summary>
    private void ReadUniqueIndex(InvocationExpressionSyntax invocation)
    {
        if (invocation.ArgumentList.Arguments.Count > 0 && Syntax.ConstantValue(invocation.ArgumentList.Arguments[0].Expression, model, cancellationToken) is not true)
        {
            return;
        }

        if (Syntax.Receiver(invocation) is not InvocationExpressionSyntax hasIndex
            || Syntax.InvokedName(hasIndex) != "HasIndex"
            || Syntax.Receiver(hasIndex) is not { } receiver
            || _builders.Of(receiver) is not { Kind: BuilderKind.EntityType, Entity: INamedTypeSymbol entity })
        {
            return;
        }

        var members = Syntax.SelectedMembers(hasIndex, model, withDeclaringType: false, cancellationToken).Select(m => m.Name).ToArray();
        if (members.Length > 0)
        {
            facts.Add(new ModelFact(_keys.Of(entity), string.Join(",", members), FactKind.UniqueIndex, source));
        }
    }

    /// <summary>
    /// One fact per member the call selects. A concrete builder keys the fact by its entity; a builder of a type
    /// parameter (a generic configuration base class) by the class that declares the member.
    /// </summary>
    private void AddMembers(InvocationExpressionSyntax invocation, ITypeSymbol entity, FactKind kind)
    {
        // The declaring type is only needed for a builder of a type parameter; binding the lambda costs the statement.
        foreach (var (member, declaringType) in Syntax.SelectedMembers(invocation, model, withDeclaringType: entity is not INamedTypeSymbol, cancellationToken))
        {
            var owner = entity as INamedTypeSymbol
                ?? declaringType
                ?? (entity as ITypeParameterSymbol)?.ConstraintTypes.OfType<INamedTypeSymbol>().FirstOrDefault(t => t.TypeKind == TypeKind.Class);
            if (owner is not null)
            {
                facts.Add(new ModelFact(_keys.Of(owner), member, kind, source));
            }
        }
    }
}
