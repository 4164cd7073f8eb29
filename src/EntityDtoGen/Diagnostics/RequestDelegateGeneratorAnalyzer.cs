using System.Collections.Immutable;
using System.Linq;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EntityDtoGen.Diagnostics;

/// <summary>
/// EDG021: where ASP.NET Core's request delegate generator runs (Native AOT, <c>EnableRequestDelegateGenerator</c>), it
/// writes each minimal-API endpoint from its handler's signature at compile time and cannot see generated types. A
/// handler that takes or returns a DTO only EntityDtoGen declares, or whose return type the compiler infers from one,
/// makes it emit code that does not compile; this says which handler and what to write instead.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestDelegateGeneratorAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The request delegate generator's assembly, which names the folder of the files it adds.</summary>
    private const string GeneratorAssembly = "Microsoft.AspNetCore.Http.RequestDelegateGenerator";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HiddenFromRequestDelegateGenerator);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var routeExtensions = start.Compilation.GetTypeByMetadataName(KnownNames.EndpointRouteBuilderExtensions);

            // The generator's own output is the only sign that it runs: no build property says so to analyzers.
            if (routeExtensions is null || !start.Compilation.SyntaxTrees.Any(tree => tree.FilePath.Contains(GeneratorAssembly)))
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, routeExtensions), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol routeExtensions)
    {
        var invocation = (IInvocationOperation)context.Operation;
        foreach (var (handler, argument) in MinimalApiHandlers.Of(invocation, routeExtensions))
        {
            var name = "The " + invocation.TargetMethod.Name + " handler";
            var location = argument.Syntax.GetLocation();
            foreach (var type in handler.Parameters.Select(p => p.Type).Append(handler.ReturnType))
            {
                if (GeneratedOnly(type) is { } hidden)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HiddenFromRequestDelegateGenerator, location, name, hidden.Name,
                        "declare it in your code, empty ('public partial record " + hidden.Name + ";'), and EntityDtoGen generates the rest"));
                    return;
                }
            }

            if (handler.MethodKind == MethodKind.AnonymousFunction && !HasExplicitReturnType(argument.Syntax) && Generated(handler.ReturnType) is { } inferred)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HiddenFromRequestDelegateGenerator, location, name, inferred.Name,
                    "give the lambda an explicit return type ('" + handler.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " (…) => …'), which the generator cannot infer from generated code"));
            }
        }
    }

    private static bool HasExplicitReturnType(SyntaxNode syntax) => syntax is ParenthesizedLambdaExpressionSyntax { ReturnType: not null };

    /// <summary>A generated DTO in the type that no source file of the user's declares.</summary>
    private static INamedTypeSymbol? GeneratedOnly(ITypeSymbol type) =>
        Generated(type, named => named.DeclaringSyntaxReferences.All(reference => reference.SyntaxTree.FilePath.Contains(nameof(EntityDtoGenerator))));

    /// <summary>A type EntityDtoGen generates, bare or inside a wrapper (<c>Task&lt;&gt;</c>, <c>Results&lt;&gt;</c>, arrays).</summary>
    private static INamedTypeSymbol? Generated(ITypeSymbol type, System.Func<INamedTypeSymbol, bool>? also = null) => type switch
    {
        IArrayTypeSymbol array => Generated(array.ElementType, also),
        INamedTypeSymbol named when named.IsGeneratedByEntityDtoGen() && (also is null || also(named)) => named,
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Select(argument => Generated(argument, also)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
