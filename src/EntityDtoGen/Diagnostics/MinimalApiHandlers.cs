using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EntityDtoGen.Diagnostics;

/// <summary>The handlers of a <c>Map{Get,Post,Put,Patch,Delete,Methods}</c> call: lambdas and method groups.</summary>
internal static class MinimalApiHandlers
{
    private static readonly ImmutableHashSet<string> MapMethods = ImmutableHashSet.Create("MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "MapMethods");

    /// <summary>Each handler of the call with the argument that passes it, or nothing when the call maps no endpoint.</summary>
    public static IEnumerable<(IMethodSymbol Handler, IOperation Argument)> Of(IInvocationOperation invocation, INamedTypeSymbol routeExtensions)
    {
        if (!MapMethods.Contains(invocation.TargetMethod.Name)
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, routeExtensions))
        {
            yield break;
        }

        foreach (var argument in invocation.Arguments)
        {
            var handler = Unwrap(argument.Value) switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };
            if (handler is not null)
            {
                yield return (handler, argument.Value);
            }
        }
    }

    private static IOperation Unwrap(IOperation operation) => operation switch
    {
        IDelegateCreationOperation creation => Unwrap(creation.Target),
        IConversionOperation conversion => Unwrap(conversion.Operand),
        _ => operation,
    };
}
