using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EntityDtoGen.Diagnostics.Loading;

/// <summary>
/// Works out where an expression's value comes from: a <c>DbSet&lt;T&gt;</c> query and what it includes, its results, one
/// of its entities. Anything it cannot follow (a parameter, a field, a method it cannot see into) has no origin, and the
/// loading rules stay quiet about it.
/// </summary>
internal sealed class QueryOrigins(EntityTypes entities)
{
    /// <summary>Methods that run a query and return its results.</summary>
    private static readonly HashSet<string> ToSequence =
    [
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToHashSet", "ToHashSetAsync", "AsEnumerable", "AsAsyncEnumerable",
    ];

    /// <summary>Methods that run a query and return one of its entities.</summary>
    private static readonly HashSet<string> ToEntity =
    [
        "First", "FirstAsync", "FirstOrDefault", "FirstOrDefaultAsync", "Single", "SingleAsync", "SingleOrDefault", "SingleOrDefaultAsync",
        "Last", "LastAsync", "LastOrDefault", "LastOrDefaultAsync", "ElementAt", "ElementAtAsync", "ElementAtOrDefault", "ElementAtOrDefaultAsync",
    ];

    /// <summary>Methods that run a query, whatever they return: what a loop must not do per item.</summary>
    private static readonly HashSet<string> Executing =
    [
        .. ToSequence, .. ToEntity, "Count", "CountAsync", "LongCount", "LongCountAsync", "Any", "AnyAsync", "All", "AllAsync",
        "Sum", "SumAsync", "Min", "MinAsync", "Max", "MaxAsync", "Average", "AverageAsync", "Contains", "ContainsAsync",
        "ToDictionary", "ToDictionaryAsync", "ToLookup", "Load", "LoadAsync", "ForEachAsync", "ExecuteDelete", "ExecuteDeleteAsync",
        "ExecuteUpdate", "ExecuteUpdateAsync", "Find", "FindAsync",
    ];

    /// <summary>The origin of the value <paramref name="operation"/> yields, given what is known of locals and lambda parameters.</summary>
    public QueryOrigin? Of(IOperation? operation, IReadOnlyDictionary<ISymbol, QueryOrigin?> values)
    {
        switch (operation)
        {
            case null:
                return null;
            case IConversionOperation conversion:
                return Of(conversion.Operand, values);
            case IParenthesizedOperation parenthesized:
                return Of(parenthesized.Operand, values);
            case IAwaitOperation await:
                return Of(await.Operation, values);
            case ILocalReferenceOperation local:
                return values.TryGetValue(local.Local, out var held) ? held : null;
            case IParameterReferenceOperation parameter:
                return values.TryGetValue(parameter.Parameter, out var bound) ? bound : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return Element(Of(indexer.Instance, values));
            case IArrayElementReferenceOperation element:
                return Element(Of(element.ArrayReference, values));
            case IPropertyReferenceOperation { Instance: { } instance } property when Of(instance, values) is { } owner:
                return Member(property.Property, owner);
            case IPropertyReferenceOperation or IFieldReferenceOperation:
                return Root(operation, operation.Type);
            case IInvocationOperation invocation:
                return OfInvocation(invocation, values);
            default:
                return null;
        }
    }

    /// <summary>The receiver of a call: the instance, or the first argument of an extension method called as one.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>Whether the call runs a query against the database: a materializing call on a query, <c>Find</c>, or an explicit <c>Load</c>.</summary>
    public bool RunsQuery(IInvocationOperation invocation, IReadOnlyDictionary<ISymbol, QueryOrigin?> values)
    {
        if (!Executing.Contains(invocation.TargetMethod.Name))
        {
            return false;
        }

        if (ExplicitLoad(invocation) is not null)
        {
            return true;
        }

        return invocation.TargetMethod.Name is "Find" or "FindAsync"
            ? Of(Receiver(invocation), values) is { Shape: OriginShape.Query }
            : IsDatabaseQuery(Receiver(invocation), values);
    }

    /// <summary>A query of the database, projected or not: a chain of query operators down to a <c>DbSet&lt;T&gt;</c>.</summary>
    private bool IsDatabaseQuery(IOperation? operation, IReadOnlyDictionary<ISymbol, QueryOrigin?> values)
    {
        for (var depth = 0; operation is not null && depth < 32; depth++)
        {
            if (Of(operation, values) is { Shape: OriginShape.Query })
            {
                return true;
            }

            operation = Strip(operation) is IInvocationOperation call && IsQueryable(call.Type) ? Receiver(call) : null;
        }

        return false;
    }

    /// <summary>
    /// An explicit load: <c>db.Entry(x).Collection(e => e.Nav).Load()</c>, <c>.Reference(…).LoadAsync()</c>, or a query
    /// of the navigation (<c>.Collection(…).Query().Include(…).Load()</c>): the navigation and the entity it loads.
    /// </summary>
    public static (IOperation Entity, string Navigation)? ExplicitLoad(IInvocationOperation invocation)
    {
        if (!Executing.Contains(invocation.TargetMethod.Name))
        {
            return null;
        }

        var current = invocation.TargetMethod.Name is "Load" or "LoadAsync" && invocation.Instance is not null ? invocation.Instance : Receiver(invocation);
        for (var depth = 0; current is not null && Strip(current) is IInvocationOperation call && depth < 32; depth++)
        {
            if (call.TargetMethod.Name is "Collection" or "Reference" or "Navigation"
                && call.Instance is IInvocationOperation { TargetMethod.Name: "Entry", Arguments.Length: 1 } entry
                && EntityTypes.IsDbContext(entry.TargetMethod.ContainingType)
                && call.Arguments.Length == 1
                && NavigationName(call.Arguments[0].Value) is { } navigation)
            {
                return (entry.Arguments[0].Value, navigation);
            }

            current = call.TargetMethod.Name == "Query" ? call.Instance : Receiver(call);
        }

        return null;
    }

    /// <summary>The navigation a lambda (<c>e => e.Assessments</c>, filtered or not) or a string argument names.</summary>
    public static string? NavigationName(IOperation argument)
    {
        var body = Lambda(argument);
        if (body is null)
        {
            return argument.ConstantValue is { HasValue: true, Value: string path } ? path : null;
        }

        // A filtered include (u => u.Assessments.Where(…)) includes the member the filter starts from.
        while (body is IInvocationOperation call && Receiver(call) is { } receiver)
        {
            body = Strip(receiver);
        }

        return body is IPropertyReferenceOperation property ? property.Property.Name : null;
    }

    private QueryOrigin? OfInvocation(IInvocationOperation invocation, IReadOnlyDictionary<ISymbol, QueryOrigin?> values)
    {
        var method = invocation.TargetMethod;

        // context.Set<T>() on a DbContext.
        if (method.Name == "Set" && method.TypeArguments.Length == 1 && EntityTypes.IsDbContext(method.ContainingType))
        {
            return Root(invocation, invocation.Type);
        }

        if (method.Name is "ConfigureAwait")
        {
            return Of(invocation.Instance, values);
        }

        var receiver = Of(Receiver(invocation), values);
        if (receiver is null)
        {
            return null;
        }

        if (method.Name is "Find" or "FindAsync" && receiver.Shape == OriginShape.Query)
        {
            return receiver.With(OriginShape.Entity);
        }

        if (ToEntity.Contains(method.Name) && receiver.Shape is OriginShape.Query or OriginShape.Sequence)
        {
            return receiver.With(OriginShape.Entity);
        }

        if (ToSequence.Contains(method.Name) && receiver.Shape is OriginShape.Query or OriginShape.Sequence)
        {
            return receiver.With(OriginShape.Sequence);
        }

        if (method.Name is "ToDictionary" or "ToDictionaryAsync" && receiver.Shape is OriginShape.Query or OriginShape.Sequence)
        {
            return DictionaryValue(invocation.Type) is { } value && IsEntity(value, receiver) ? receiver.With(OriginShape.Lookup) : null;
        }

        if (receiver.Shape == OriginShape.Query)
        {
            return QueryStep(invocation, receiver);
        }

        return receiver.Shape switch
        {
            // LINQ to objects over the results keeps them the results as long as the elements stay the entities; grouping
            // them (GroupBy, ToLookup) makes groups of them.
            OriginShape.Sequence when TypeClassifier.ElementType(invocation.Type) is { } element =>
                IsEntity(element, receiver) ? receiver
                : method.Name is "GroupBy" or "ToLookup" && IsEntity(TypeClassifier.ElementType(element), receiver) ? receiver.With(OriginShape.Groups)
                : null,

            // Over groups, one group is a sequence (First()), filters keep the groups, and flattening (SelectMany(g => g))
            // gives the entities back.
            OriginShape.Groups when ToEntity.Contains(method.Name) => receiver with { Shape = OriginShape.Sequence, PerItem = true },
            OriginShape.Groups when TypeClassifier.ElementType(invocation.Type) is { } element =>
                IsEntity(element, receiver) ? receiver.With(OriginShape.Sequence) : IsEntity(TypeClassifier.ElementType(element), receiver) ? receiver : null,
            _ => null,
        };
    }

    /// <summary>
    /// A property read on a value with an origin: a navigation the query loaded (a new origin: its target, with what is
    /// included below it), or the <c>Values</c> of keyed results.
    /// </summary>
    private QueryOrigin? Member(IPropertySymbol property, QueryOrigin owner)
    {
        if (owner.Shape == OriginShape.Lookup)
        {
            return property.Name == "Values" ? owner.With(OriginShape.Sequence) : null;
        }

        // A navigation back to the entity it was reached from is filled in, but with what the analyzer does not follow.
        if (owner.Shape != OriginShape.Entity || !entities.IsNavigation(property) || owner.Includes.Back.Contains(property.Name) || !owner.Includes.Covers(property.Name))
        {
            return null;
        }

        var shape = TypeClassifier.Classify(property.Type, out var target);
        return target is null
            ? null
            : owner with
            {
                Shape = shape == Model.MemberShape.Collection ? OriginShape.Sequence : OriginShape.Entity,
                Entity = target,
                Includes = owner.Includes.Under(property.Name, owner.Entity, target),
                Nested = true,
            };
    }

    private static bool IsEntity(ITypeSymbol? type, QueryOrigin origin) => SymbolEqualityComparer.Default.Equals(type, origin.Entity);

    /// <summary>The value type of a dictionary type (<c>Dictionary&lt;K, V&gt;</c>, or a task of one).</summary>
    private static ITypeSymbol? DictionaryValue(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task ? DictionaryValue(task.TypeArguments[0])
        : type is INamedTypeSymbol named
            ? (named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IDictionary<TKey, TValue>" ? named
                : named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IDictionary<TKey, TValue>"))?.TypeArguments[1]
            : null;

    /// <summary>A query operator: an include adds a path, <c>AsNoTracking</c> turns tracking off, filters and orders keep the query.</summary>
    private static QueryOrigin? QueryStep(IInvocationOperation invocation, QueryOrigin query)
    {
        var method = invocation.TargetMethod;
        var generatedHelper = method.ContainingType.IsGeneratedByEntityDtoGen();
        switch (method.Name)
        {
            case "IncludeForRead" when generatedHelper:
                return query with { Includes = query.Includes with { ForRead = true } };
            case "IncludePaths" when generatedHelper:
                return query with { Includes = query.Includes with { Unknown = true } };
            case "Include" or "ThenInclude" when !generatedHelper && invocation.Arguments.Length == 2:
                var navigation = NavigationName(invocation.Arguments[1].Value);
                if (navigation is null)
                {
                    return query with { Includes = query.Includes with { Unknown = true } };
                }

                return query with { Includes = query.Includes.Add(method.Name == "ThenInclude" && query.Includes.Last is { } last ? last + "." + navigation : navigation) };
            case "AsNoTracking" or "AsNoTrackingWithIdentityResolution":
                return query with { Tracked = false };
        }

        if (generatedHelper && method.Name.StartsWith("ThenInclude", System.StringComparison.Ordinal) && query.Includes.Last is { } previous)
        {
            return query with { Includes = query.Includes.Add(previous + "." + method.Name.Substring("ThenInclude".Length)) };
        }

        if (generatedHelper && method.Name.StartsWith("Include", System.StringComparison.Ordinal))
        {
            return query with { Includes = query.Includes.Add(method.Name.Substring("Include".Length)) };
        }

        // Anything else that still returns a query of the same entities (Where, OrderBy, Take, AsSplitQuery, TagWith, …).
        return IsQueryable(invocation.Type) && TypeClassifier.ElementType(invocation.Type) is { } element && SymbolEqualityComparer.Default.Equals(element, query.Entity)
            ? query
            : null;
    }

    private QueryOrigin? Root(IOperation operation, ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } set
        && set.OriginalDefinition.HasMetadataName(KnownNames.EfDbSet)
        && set.TypeArguments[0] is INamedTypeSymbol entity
        && entities.IsEntity(entity)
            ? new QueryOrigin(OriginShape.Query, entity, IncludeSet.None, Tracked: true, PerItem: false, operation.Syntax.GetLocation())
            : null;

    /// <summary>An element read by index (<c>users[i]</c>, <c>byId[key]</c>, <c>byOwner[key]</c>), which code does one item at a time.</summary>
    private static QueryOrigin? Element(QueryOrigin? collection) => collection?.Shape switch
    {
        OriginShape.Sequence or OriginShape.Lookup => collection with { Shape = OriginShape.Entity, PerItem = true },
        OriginShape.Groups => collection with { Shape = OriginShape.Sequence, PerItem = true },
        _ => null,
    };

    private static IOperation? Lambda(IOperation argument)
    {
        var operation = Strip(argument);
        if (operation is IAnonymousFunctionOperation lambda && lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned })
        {
            return Strip(returned);
        }

        return null;
    }

    /// <summary>The operation under conversions, delegate creations, parentheses and an argument's wrapper.</summary>
    public static IOperation Strip(IOperation operation) => operation switch
    {
        IConversionOperation conversion => Strip(conversion.Operand),
        IDelegateCreationOperation creation => Strip(creation.Target),
        IParenthesizedOperation parenthesized => Strip(parenthesized.Operand),
        IArgumentOperation argument => Strip(argument.Value),
        _ => operation,
    };

    private static bool IsQueryable(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && (named.OriginalDefinition.ToDisplayString() == "System.Linq.IQueryable<T>"
            || named.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.Linq.IQueryable<T>"));
}
