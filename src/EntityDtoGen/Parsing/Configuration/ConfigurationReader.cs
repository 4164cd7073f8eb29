using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EntityDtoGen.Parsing.Configuration;

/// <summary>
/// Reads what a class of the compilation tells EF Core about entities: a <c>DbContext</c>'s <c>DbSet</c>s,
/// <c>OnModelCreating</c> and <c>ConfigureConventions</c>, an <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c>, helper
/// methods that take a builder, and the members that <c>SaveChanges</c> overrides and <c>SaveChangesInterceptor</c>s assign.
/// One class at a time, so an edit elsewhere leaves its facts cached.
/// </summary>
internal static class ConfigurationReader
{
    private static readonly HashSet<string> ConfigurationMethods = ["OnModelCreating", "ConfigureConventions", "Configure"];

    private static readonly HashSet<string> SaveChangesMethods = ["SaveChanges", "SaveChangesAsync"];

    private static readonly HashSet<string> InterceptorMethods = ["SavingChanges", "SavingChangesAsync"];

    /// <summary>A cheap syntactic test, run on every node of every edited file: could this class configure EF Core?</summary>
    public static bool MayConfigure(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax declaration && declaration.Members.Any(IsCandidateMember);

    private static bool IsCandidateMember(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => ConfigurationMethods.Contains(method.Identifier.ValueText)
            || SaveChangesMethods.Contains(method.Identifier.ValueText)
            || InterceptorMethods.Contains(method.Identifier.ValueText)
            || TakesBuilder(method),
        PropertyDeclarationSyntax { Type: GenericNameSyntax { Identifier.ValueText: "DbSet" } } => true,
        _ => false,
    };

    /// <summary>A helper such as <c>static void ConfigureAudit&lt;T&gt;(this EntityTypeBuilder&lt;T&gt; builder)</c>.</summary>
    private static bool TakesBuilder(MethodDeclarationSyntax method) =>
        method.ParameterList.Parameters.Any(p => p.Type is { } type && BuilderTypeName(type) is "ModelBuilder" or "EntityTypeBuilder" or "ModelConfigurationBuilder");

    private static string? BuilderTypeName(TypeSyntax type) => type switch
    {
        GenericNameSyntax generic => generic.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => BuilderTypeName(qualified.Right),
        _ => null,
    };

    public static EquatableArray<ModelFact> Read(ClassDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return EquatableArray<ModelFact>.Empty;
        }

        var facts = new List<ModelFact>();
        var source = type.Name;
        var isContext = InheritsFrom(type, KnownNames.EfDbContext);
        var isInterceptor = type.AllInterfaces.Any(i => i.HasMetadataName(KnownNames.EfSaveChangesInterceptor));

        foreach (var configuration in type.AllInterfaces.Where(i => i.OriginalDefinition.HasMetadataName(KnownNames.EfEntityTypeConfiguration)))
        {
            if (configuration.TypeArguments[0] is INamedTypeSymbol configured)
            {
                facts.Add(new ModelFact(TypeKeys.Of(configured), string.Empty, FactKind.Entity, source));
            }
        }

        if (isContext)
        {
            AddDbSets(type, source, facts);
        }

        var methods = declaration.Members.OfType<MethodDeclarationSyntax>().ToList();
        var builderReader = new BuilderCallReader(model, source, facts, cancellationToken);
        var assignmentReader = new AssignmentReader(model, source, facts, cancellationToken);
        foreach (var method in methods)
        {
            if (ConfigurationMethods.Contains(method.Identifier.ValueText) || TakesBuilder(method))
            {
                builderReader.Read(method);
            }
        }

        if (isInterceptor)
        {
            foreach (var method in methods)
            {
                assignmentReader.Read(method);
            }
        }
        else if (isContext)
        {
            foreach (var method in SaveChangesAndWhatItCalls(methods))
            {
                assignmentReader.Read(method);
            }
        }

        return new EquatableArray<ModelFact>(facts.Distinct().ToArray());
    }

    /// <summary>Every <c>DbSet&lt;T&gt;</c> property of the context, its base classes' included (<c>IdentityDbContext</c>'s <c>Users</c>).</summary>
    private static void AddDbSets(INamedTypeSymbol context, string source, List<ModelFact> facts)
    {
        for (var type = context; type is not null && !type.HasMetadataName(KnownNames.EfDbContext); type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol propertyType } && propertyType.OriginalDefinition.HasMetadataName(KnownNames.EfDbSet)
                    && propertyType.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    facts.Add(new ModelFact(TypeKeys.Of(entity), string.Empty, FactKind.Entity, source));
                }
            }
        }
    }

    /// <summary>The <c>SaveChanges</c> overrides and the methods of the same class they call, directly or not.</summary>
    private static IEnumerable<MethodDeclarationSyntax> SaveChangesAndWhatItCalls(List<MethodDeclarationSyntax> methods)
    {
        var queue = new Queue<MethodDeclarationSyntax>(methods.Where(m => SaveChangesMethods.Contains(m.Identifier.ValueText) && m.Modifiers.Any(t => t.ValueText == "override")));
        var seen = new HashSet<MethodDeclarationSyntax>();
        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            if (!seen.Add(method))
            {
                continue;
            }

            yield return method;
            var called = new HashSet<string>(method.DescendantNodes().OfType<InvocationExpressionSyntax>().Select(i => Syntax.InvokedName(i)).Where(n => n is not null)!);
            foreach (var other in methods.Where(m => called.Contains(m.Identifier.ValueText) && !SaveChangesMethods.Contains(m.Identifier.ValueText)))
            {
                queue.Enqueue(other);
            }
        }
    }

    private static bool InheritsFrom(INamedTypeSymbol type, string metadataName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.HasMetadataName(metadataName))
            {
                return true;
            }
        }

        return false;
    }
}
