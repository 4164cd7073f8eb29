using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EntityDtoGen.Diagnostics;

/// <summary>
/// EDG100: a <c>[GenerateDtos]</c> entity in a web API signature, where it would leak columns out or take over-posted
/// values in: the parameters or return type of a public controller action, or of a handler passed to
/// <c>MapGet</c>/<c>MapPost</c>/<c>MapPut</c>/<c>MapPatch</c>/<c>MapDelete</c>/<c>MapMethods</c>. ASP.NET Core types are found
/// by metadata name, so the analyzer does not reference ASP.NET Core.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EntityExposureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EntityInWebApiSignature);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var generateDtos = start.Compilation.GetTypeByMetadataName(KnownNames.GenerateDtosAttribute);
            if (generateDtos is null)
            {
                return;
            }

            var controllerBase = start.Compilation.GetTypeByMetadataName(KnownNames.ControllerBase);
            var nonAction = start.Compilation.GetTypeByMetadataName(KnownNames.NonActionAttribute);
            var routeExtensions = start.Compilation.GetTypeByMetadataName(KnownNames.EndpointRouteBuilderExtensions);
            var finder = new EntityFinder(generateDtos);
            if (controllerBase is not null)
            {
                start.RegisterSymbolAction(c => AnalyzeAction(c, controllerBase, nonAction, finder), SymbolKind.Method);
            }

            if (routeExtensions is not null)
            {
                start.RegisterOperationAction(c => AnalyzeMapCall(c, routeExtensions, finder), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeAction(SymbolAnalysisContext context, INamedTypeSymbol controllerBase, INamedTypeSymbol? nonAction, EntityFinder finder)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.MethodKind != MethodKind.Ordinary
            || method.DeclaredAccessibility != Accessibility.Public
            || method.IsStatic
            || method.IsGenericMethod
            || !DerivesFrom(method.ContainingType, controllerBase)
            || method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, nonAction))
            || method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is not MethodDeclarationSyntax syntax)
        {
            return;
        }

        var name = "action '" + method.ContainingType.Name + "." + method.Name + "'";
        if (finder.Find(method.ReturnType) is { } returned)
        {
            context.ReportDiagnostic(Create(syntax.ReturnType.GetLocation(), name, returned, ReturnPart, Read(returned)));
        }

        foreach (var parameter in method.Parameters)
        {
            var parameterSyntax = syntax.ParameterList.Parameters.ElementAtOrDefault(parameter.Ordinal);
            if (finder.Find(parameter.Type) is { } accepted && parameterSyntax?.Type is { } typeSyntax)
            {
                context.ReportDiagnostic(Create(typeSyntax.GetLocation(), name, accepted, parameter.Name, Input(accepted)));
            }
        }
    }

    private static void AnalyzeMapCall(OperationAnalysisContext context, INamedTypeSymbol routeExtensions, EntityFinder finder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        foreach (var (handler, argument) in MinimalApiHandlers.Of(invocation, routeExtensions))
        {
            var name = "the " + invocation.TargetMethod.Name + " handler";
            var location = argument.Syntax.GetLocation();
            if (finder.Find(handler.ReturnType) is { } returned)
            {
                context.ReportDiagnostic(Create(location, name, returned, ReturnPart, Read(returned)));
            }

            foreach (var parameter in handler.Parameters)
            {
                if (finder.Find(parameter.Type) is { } accepted)
                {
                    context.ReportDiagnostic(Create(location, name, accepted, parameter.Name, Input(accepted)));
                }
            }
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static string Read(INamedTypeSymbol entity) => entity.Name + "Read";

    private static string Input(INamedTypeSymbol entity) => entity.Name + "Create' or '" + entity.Name + "Update";

    /// <summary>The <c>Part</c> property of a return type; a parameter's is its name.</summary>
    private const string ReturnPart = "return";

    /// <summary>Reports with the properties the EDG100 code fix reads: the entity's metadata name and the part of the signature.</summary>
    private static Diagnostic Create(Location location, string where, INamedTypeSymbol entity, string part, string replacement) =>
        Diagnostic.Create(
            DiagnosticDescriptors.EntityInWebApiSignature,
            location,
            ImmutableDictionary<string, string?>.Empty.Add("Entity", MetadataName(entity)).Add("Part", part),
            char.ToUpperInvariant(where[0]) + where.Substring(1),
            entity.Name,
            part == ReturnPart ? "return type" : "parameter '" + part + "'",
            replacement);

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName
        : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    /// <summary>Finds a [GenerateDtos] entity in a type, bare or inside any wrapper: generic arguments, arrays, nullable.</summary>
    private sealed class EntityFinder(INamedTypeSymbol generateDtos)
    {
        public INamedTypeSymbol? Find(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => Find(array.ElementType),
            INamedTypeSymbol named when IsEntity(named) => named,
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Select(Find).FirstOrDefault(found => found is not null),
            _ => null,
        };

        private bool IsEntity(INamedTypeSymbol type) =>
            type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, generateDtos));
    }
}
