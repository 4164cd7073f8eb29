using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EntityDtoGen.Diagnostics.Loading;

/// <summary>
/// Walks one method body in source order, following query results through locals, <c>await</c>, loops and LINQ lambdas,
/// and reports EDG200 (<c>ToRead()</c> on entities loaded without their Read graph) and EDG201 (a navigation read, or a
/// query run, once per item of a query's results). Whatever it cannot follow has no origin, and no rule fires on it.
/// </summary>
internal sealed class LoadingWalker(QueryOrigins origins, EntityTypes entities, System.Action<Diagnostic> report)
{
    private readonly Dictionary<ISymbol, QueryOrigin?> _values = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, HashSet<string>> _loaded = new(SymbolEqualityComparer.Default);
    private readonly List<(Location Query, ITypeSymbol Type)> _trackedLoads = [];

    /// <summary>How many loops (or lambdas) over a query's results enclose the current operation.</summary>
    private int _perItem;

    public void Walk(IOperation body) => Visit(body);

    private void Visit(IOperation? operation)
    {
        switch (operation)
        {
            case null:
                return;
            case IVariableDeclaratorOperation declarator:
                Visit(declarator.Initializer);
                if (declarator.Initializer is { } initializer)
                {
                    Assign(declarator.Symbol, origins.Of(initializer.Value, _values));
                }

                return;
            case ISimpleAssignmentOperation assignment:
                VisitAssignment(assignment);
                return;
            case IForEachLoopOperation loop:
                VisitForEach(loop);
                return;
            case IForLoopOperation or IWhileLoopOperation:
                VisitLoop((ILoopOperation)operation);
                return;
            case IInvocationOperation invocation:
                VisitInvocation(invocation);
                return;
            case IPropertyReferenceOperation property:
                CheckNavigationRead(property);
                Visit(property.Instance);
                foreach (var argument in property.Arguments)
                {
                    Visit(argument);
                }

                return;
            case IAnonymousFunctionOperation lambda:
                // A lambda passed where this walker does not bind it (a callback, a delegate kept for later) is not per item.
                Visit(lambda.Body);
                return;
        }

        foreach (var child in operation.ChildOperations)
        {
            Visit(child);
        }
    }

    private void Assign(ISymbol symbol, QueryOrigin? origin)
    {
        // A local assigned twice from different places has no single origin.
        _values[symbol] = _values.TryGetValue(symbol, out var earlier) && earlier != origin ? null : origin;
    }

    private void VisitAssignment(ISimpleAssignmentOperation assignment)
    {
        Visit(assignment.Value);
        switch (assignment.Target)
        {
            case ILocalReferenceOperation local:
                Assign(local.Local, origins.Of(assignment.Value, _values));
                return;
            case IPropertyReferenceOperation { Instance: { } instance } property when entities.IsNavigation(property.Property):
                // user.Assessments = … fills the navigation by hand.
                if (Symbol(instance) is { } owner)
                {
                    Loaded(owner).Add(property.Property.Name);
                }

                Visit(instance);
                return;
            default:
                Visit(assignment.Target);
                return;
        }
    }

    private void VisitForEach(IForEachLoopOperation loop)
    {
        Visit(loop.Collection);
        var collection = origins.Of(loop.Collection, _values);
        if (collection is not { Shape: OriginShape.Query or OriginShape.Sequence or OriginShape.Groups } || LoopVariable(loop) is not { } item)
        {
            Visit(loop.Body);
            return;
        }

        _values[item] = Item(collection);
        _perItem++;
        Visit(loop.Body);
        _perItem--;
    }

    private void VisitLoop(ILoopOperation loop)
    {
        // for/while over the results: the body reads them by index (users[i]).
        var overResults = loop.Body.DescendantsAndSelf().Any(o =>
            o is IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation
            && origins.Of(o, _values) is { Shape: OriginShape.Entity });
        if (overResults)
        {
            _perItem++;
        }

        foreach (var child in loop.ChildOperations)
        {
            Visit(child);
        }

        if (overResults)
        {
            _perItem--;
        }
    }

    private void VisitInvocation(IInvocationOperation invocation)
    {
        var receiver = QueryOrigins.Receiver(invocation);
        var source = origins.Of(receiver, _values);
        var runsQuery = origins.RunsQuery(invocation, _values);

        // A tracked query fills in the navigations of entities tracked before it (EF Core's fix-up), from then on.
        if (runsQuery && source is { Tracked: true } tracked)
        {
            _trackedLoads.Add((tracked.Query, tracked.Entity));
            _trackedLoads.AddRange(ReadGraph.Targets(tracked.Entity, tracked.Includes).Select(target => (tracked.Query, (ITypeSymbol)target)));
        }

        if (_perItem > 0 && runsQuery)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.QueryPerItem, invocation.Syntax.GetLocation(), "A query runs",
                "load what each item needs with the first query (Include, or a projection with Select)"));
        }
        else if (QueryOrigins.ExplicitLoad(invocation) is { } load && Symbol(load.Entity) is { } owner)
        {
            Loaded(owner).Add(load.Navigation);
        }

        if (ToReadTarget(invocation.TargetMethod) is { } mapped)
        {
            CheckToRead(invocation, mapped, source, receiver);
        }

        if (source is { Shape: OriginShape.Query or OriginShape.Sequence or OriginShape.Groups })
        {
            VisitOperatorArguments(invocation, source);
            return;
        }

        foreach (var child in invocation.ChildOperations)
        {
            Visit(child);
        }
    }

    /// <summary>
    /// The lambdas of an operator over a query or its results: each gets one entity at a time. Over results (LINQ to
    /// objects) the lambda runs once per item; over a query it is translated to SQL, where navigations join.
    /// </summary>
    private void VisitOperatorArguments(IInvocationOperation invocation, QueryOrigin source)
    {
        var perItem = source.Shape != OriginShape.Query;
        foreach (var argument in invocation.Arguments)
        {
            var value = QueryOrigins.Strip(argument.Value);
            switch (value)
            {
                case IAnonymousFunctionOperation lambda when lambda.Symbol.Parameters.Length > 0:
                    _values[lambda.Symbol.Parameters[0]] = perItem ? Item(source) : source with { Shape = OriginShape.Entity };
                    _perItem += perItem ? 1 : 0;
                    Visit(lambda.Body);
                    _perItem -= perItem ? 1 : 0;
                    break;
                case IMethodReferenceOperation reference when ToReadTarget(reference.Method) is { } mapped:
                    CheckToRead(reference, mapped, source with { Shape = OriginShape.Entity }, null);
                    break;
                default:
                    Visit(argument.Value);
                    break;
            }
        }

        if (invocation.Instance is { } instance)
        {
            Visit(instance);
        }
    }

    private void CheckToRead(IOperation at, INamedTypeSymbol entity, QueryOrigin? origin, IOperation? argument)
    {
        if (origin is not { Shape: OriginShape.Entity } loaded || !SymbolEqualityComparer.Default.Equals(loaded.Entity, entity))
        {
            return;
        }

        var byHand = argument is not null && Symbol(argument) is { } owner && _loaded.TryGetValue(owner, out var navigations) ? navigations : null;
        var missing = ReadGraph.Paths(entity)
            .Where(path => !loaded.Includes.Covers(path.Path)
                && !(byHand?.Contains(path.Path.Split('.')[0]) ?? false)
                && !(loaded.Tracked && FixedUp(path.Target, loaded.Query)))
            .Select(path => path.Path)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // The query's root is where the code fix inserts IncludeForRead(); a nested origin's query is of another entity.
        report(Diagnostic.Create(DiagnosticDescriptors.ToReadWithoutIncludes, at.Syntax.GetLocation(), loaded.Nested ? [] : [loaded.Query], entity.Name, string.Join(", ", missing)));
    }

    private void CheckNavigationRead(IPropertyReferenceOperation property)
    {
        if (_perItem == 0 || property.Instance is not { } instance || !entities.IsNavigation(property.Property) || IsAssignmentTarget(property))
        {
            return;
        }

        if (origins.Of(instance, _values) is not { Shape: OriginShape.Entity, PerItem: true } item
            || item.Includes.Covers(property.Property.Name)
            || (Symbol(instance) is { } owner && _loaded.TryGetValue(owner, out var byHand) && byHand.Contains(property.Property.Name)))
        {
            return;
        }

        // For a navigation of the query's own entity, the code fix inserts Include{Nav}() after the query's root.
        report(Diagnostic.Create(
            DiagnosticDescriptors.QueryPerItem,
            property.Syntax.GetLocation(),
            item.Nested ? [] : [item.Query],
            item.Nested ? null : ImmutableDictionary<string, string?>.Empty.Add("Navigation", property.Property.Name),
            "'" + item.Entity.Name + "." + property.Property.Name + "' is read",
            "the query did not include it, so with lazy loading each read is one more query, and without it the value is empty; "
                + (item.Nested
                    ? "extend the include that reaches '" + item.Entity.Name + "' with .ThenInclude(x => x." + property.Property.Name + ")"
                    : "add .Include" + property.Property.Name + "() or Include(x => x." + property.Property.Name + ") to the query")));
    }

    /// <summary>Whether another tracked query loaded entities of the type, which EF Core's fix-up links to those tracked already.</summary>
    private bool FixedUp(ITypeSymbol type, Location query) =>
        _trackedLoads.Any(load => load.Query != query && SymbolEqualityComparer.Default.Equals(load.Type, type));

    private static bool IsAssignmentTarget(IOperation operation) =>
        operation.Parent is ISimpleAssignmentOperation assignment && assignment.Target == operation;

    /// <summary>The entity a generated <c>ToRead(this E)</c> maps, for a method of a generated <c>{E}DtoMappings</c>.</summary>
    private static INamedTypeSymbol? ToReadTarget(IMethodSymbol method) =>
        method is { Name: "ToRead", Parameters.Length: 1 } && method.ContainingType.IsGeneratedByEntityDtoGen() && method.Parameters[0].Type is INamedTypeSymbol entity
            ? entity
            : null;

    /// <summary>One item of results or of groups of them, visited one at a time: an entity, or one group.</summary>
    private static QueryOrigin Item(QueryOrigin collection) =>
        collection with { Shape = collection.Shape == OriginShape.Groups ? OriginShape.Sequence : OriginShape.Entity, PerItem = true };

    private HashSet<string> Loaded(ISymbol owner)
    {
        if (!_loaded.TryGetValue(owner, out var loaded))
        {
            _loaded[owner] = loaded = [];
        }

        return loaded;
    }

    private static ISymbol? LoopVariable(IForEachLoopOperation loop) =>
        loop.LoopControlVariable is IVariableDeclaratorOperation declarator ? declarator.Symbol : loop.Locals.FirstOrDefault();

    private static ISymbol? Symbol(IOperation operation) => QueryOrigins.Strip(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };
}
