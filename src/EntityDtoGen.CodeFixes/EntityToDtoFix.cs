using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EntityDtoGen.CodeFixes;

/// <summary>
/// EDG100: puts the generated DTO in the signature and maps at the boundary. A return type gets <c>{E}Read</c> in place of
/// the entity and every return maps (<c>ToRead()</c>, <c>SelectRead()</c>, <c>Select(x =&gt; x.ToRead())</c>); an entity
/// parameter becomes <c>{E}Create {name}Dto</c> and the body starts with <c>var {name} = {name}Dto.ToEntity();</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EntityToDtoFix))]
[Shared]
public sealed class EntityToDtoFix : CodeFixProvider
{
    /// <summary>Calls that run a query; <c>SelectRead()</c> goes before them so the query reads only the DTO's columns.</summary>
    private static readonly ImmutableHashSet<string> Materializers = ImmutableHashSet.Create(
        "ToList", "ToArray", "ToListAsync", "ToArrayAsync", "AsEnumerable", "AsAsyncEnumerable",
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync");

    /// <summary>The result factories whose entity arguments are what the endpoint returns (<c>Ok(user)</c>, <c>TypedResults.Ok(user)</c>).</summary>
    private static readonly ImmutableHashSet<string> ResultFactories = ImmutableHashSet.Create(
        "Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Http.TypedResults", "Microsoft.AspNetCore.Http.Results");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.EntityInWebApiSignature);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null
            || model is null
            || !diagnostic.Properties.TryGetValue(DiagnosticIds.Entity, out var entityName)
            || !diagnostic.Properties.TryGetValue(DiagnosticIds.Part, out var part)
            || entityName is null
            || part is null
            || model.Compilation.GetTypeByMetadataName(entityName) is not { } entity
            || GeneratedTypes.Mappings(model.Compilation, entity) is not { } mappings)
        {
            return;
        }

        // Controller actions are reported at a type in the signature, minimal-API handlers at the whole handler argument.
        var span = diagnostic.Location.SourceSpan;
        var located = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().TakeWhile(n => n.Span == span).ToList();
        var lambda = located.OfType<LambdaExpressionSyntax>().FirstOrDefault();
        var type = located.OfType<TypeSyntax>().LastOrDefault();
        var edit = new Edit(root, model, entity, mappings, context.CancellationToken);
        SyntaxNode? fixedRoot;
        string title;
        if (part == DiagnosticIds.ReturnPart)
        {
            title = "Return " + entity.Name + "Read and map";
            fixedRoot = lambda is not null ? edit.Return(lambda, (lambda as ParenthesizedLambdaExpressionSyntax)?.ReturnType)
                : type?.Parent is MethodDeclarationSyntax method && method.ReturnType == type ? edit.Return(method, type)
                : null;
        }
        else
        {
            title = "Accept " + entity.Name + "Create and map";
            fixedRoot = lambda is ParenthesizedLambdaExpressionSyntax parenthesized
                    ? parenthesized.ParameterList.Parameters.FirstOrDefault(p => p.Identifier.ValueText == part) is { } lambdaParameter ? edit.Parameter(parenthesized, lambdaParameter) : null
                : type?.Parent is ParameterSyntax parameter && parameter.Identifier.ValueText == part && parameter.Parent?.Parent is MethodDeclarationSyntax action ? edit.Parameter(action, parameter)
                : null;
        }

        if (fixedRoot is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), nameof(EntityToDtoFix) + (part == DiagnosticIds.ReturnPart ? ".Return" : ".Parameter")),
                diagnostic);
        }
    }

    /// <summary>The rewrites of one document for one entity; each returns the new root, or null when the code has a shape it does not understand.</summary>
    private sealed class Edit(SyntaxNode root, SemanticModel model, INamedTypeSymbol entity, INamedTypeSymbol mappings, CancellationToken cancellationToken)
    {
        private readonly INamedTypeSymbol enumerable = model.Compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        private readonly INamedTypeSymbol? queryable = model.Compilation.GetTypeByMetadataName("System.Linq.IQueryable`1");

        /// <summary>The document's own line break, for the lines the fix adds.</summary>
        private readonly SyntaxTrivia newLine = ElasticEndOfLine(GeneratedTypes.LineEnding(root));

        /// <summary>Whether the original return type declared the entity nullable (<c>User?</c>).</summary>
        private bool returnAllowsNull;

        /// <summary>How the return type wants a mapped sequence materialized (<c>ToList</c>, <c>ToArray</c>, null: lazily); unknown for a lambda without a return type.</summary>
        private (string? Method, bool Known) materializer;

        /// <summary>Whether a mapping calls <c>Enumerable.Select</c>, which needs <c>System.Linq</c> in scope.</summary>
        private bool usesLinq;

        public SyntaxNode? Return(SyntaxNode function, TypeSyntax? returnType)
        {
            if (GeneratedTypes.Dto(mappings, entity.Name + "Read") is null)
            {
                return null;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            if (returnType is not null)
            {
                var names = EntityNames(returnType);
                foreach (var name in names)
                {
                    replacements[name] = IdentifierName(entity.Name + "Read").WithTriviaFrom(name);
                }

                returnAllowsNull = names.Any(n => n.Parent is NullableTypeSyntax);
                materializer = names.Count > 0 ? (MaterializerFor(names[0]), true) : default;
            }

            foreach (var returned in ReturnedExpressions(function))
            {
                var mapped = Map(returned);
                if (mapped is null)
                {
                    return null;
                }

                if (mapped != returned)
                {
                    replacements[returned] = mapped.WithTriviaFrom(returned);
                }
            }

            if (replacements.Count == 0)
            {
                return null;
            }

            var updated = GeneratedTypes.WithUsing(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]), mappings.ContainingNamespace, function, model);
            if (usesLinq
                && !model.LookupSymbols(function.SpanStart, enumerable.Construct(entity), "Select", includeReducedExtensionMethods: true).Any()
                && model.Compilation.GetTypeByMetadataName("System.Linq.Enumerable") is { } linq)
            {
                updated = GeneratedTypes.WithUsing(updated, linq.ContainingNamespace, function, model);
            }

            return updated;
        }

        public SyntaxNode? Parameter(SyntaxNode function, ParameterSyntax parameter)
        {
            var dtoName = parameter.Identifier.ValueText + "Dto";
            var named = parameter.Type is NullableTypeSyntax nullable ? nullable.ElementType : parameter.Type;
            var symbol = function is MethodDeclarationSyntax ? model.GetDeclaredSymbol(function, cancellationToken) as IMethodSymbol : model.GetSymbolInfo(function, cancellationToken).Symbol as IMethodSymbol;
            var body = function switch
            {
                MethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.Body,
                _ => null,
            };

            // Only a bare entity converts with one ToEntity() call; the new name must not capture or hide anything in scope.
            if (GeneratedTypes.Dto(mappings, entity.Name + "Create") is null
                || named is not NameSyntax
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(named, cancellationToken).Symbol, entity)
                || symbol is null
                || body is null
                || model.LookupSymbols(body.SpanStart, name: dtoName).Any())
            {
                return null;
            }

            var conversion = OnItsOwnLine(ParseStatement($"var {parameter.Identifier.Text} = {dtoName}{(parameter.Type is NullableTypeSyntax ? "?." : ".")}ToEntity();"));
            var returnsValue = !symbol.ReturnsVoid && !(symbol.IsAsync && symbol.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" });
            var renamed = parameter
                .WithType(parameter.Type!.ReplaceNode(named, IdentifierName(entity.Name + "Create").WithTriviaFrom(named)))
                .WithIdentifier(Identifier(dtoName).WithTriviaFrom(parameter.Identifier));
            SyntaxNode updated = function.ReplaceNode(parameter, renamed) switch
            {
                MethodDeclarationSyntax { Body: { } block } method => method.WithBody(block.WithStatements(block.Statements.Insert(0, conversion))),
                MethodDeclarationSyntax { ExpressionBody: { } arrow } method => method
                    .WithExpressionBody(null)
                    .WithSemicolonToken(default)
                    .WithBody(BlockOf(conversion, Statement(arrow.Expression, returnsValue)).WithTrailingTrivia(method.SemicolonToken.TrailingTrivia)),
                ParenthesizedLambdaExpressionSyntax { Block: { } block } lambda => lambda.WithBlock(block.WithStatements(block.Statements.Insert(0, conversion))),
                ParenthesizedLambdaExpressionSyntax { ExpressionBody: { } expression } lambda => lambda
                    .WithExpressionBody(null)
                    .WithBlock(BlockOf(conversion, Statement(expression, returnsValue)).WithTrailingTrivia(expression.GetTrailingTrivia())),
                var other => other,
            };

            return GeneratedTypes.WithUsing(root.ReplaceNode(function, updated), mappings.ContainingNamespace, function, model);
        }

        /// <summary>
        /// The expression mapped to what the new signature returns; the same instance when it does not involve the entity;
        /// null when it involves the entity in a way this fix cannot map.
        /// </summary>
        private ExpressionSyntax? Map(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return Map(parenthesized.Expression) is { } inner ? (inner == parenthesized.Expression ? expression : parenthesized.WithExpression(inner)) : null;
                case ConditionalExpressionSyntax conditional:
                    var whenTrue = Map(conditional.WhenTrue);
                    var whenFalse = Map(conditional.WhenFalse);
                    return whenTrue is null || whenFalse is null ? null
                        : whenTrue == conditional.WhenTrue && whenFalse == conditional.WhenFalse ? expression
                        : conditional.WithWhenTrue(whenTrue.WithTriviaFrom(conditional.WhenTrue)).WithWhenFalse(whenFalse.WithTriviaFrom(conditional.WhenFalse));
            }

            if (SelectReadBeforeMaterializing(expression) is { } query)
            {
                return query;
            }

            var type = model.GetTypeInfo(expression, cancellationToken).Type;
            if (type is null)
            {
                return expression;
            }

            if (SymbolEqualityComparer.Default.Equals(type, entity))
            {
                return Call(expression, "ToRead", MayBeNull(expression));
            }

            if (queryable is not null && Implements(type, queryable))
            {
                return Call(expression, "SelectRead");
            }

            if (Implements(type, enumerable))
            {
                usesLinq = true;
                var parameter = FreeName("x", expression.SpanStart);
                ExpressionSyntax select = InvocationExpression(
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Receiver(expression), IdentifierName("Select")),
                    ArgumentList(SingletonSeparatedList(Argument(ParseExpression($"{parameter} => {parameter}.ToRead()")))));
                var materialize = materializer.Known ? materializer.Method : type is IArrayTypeSymbol ? "ToArray" : SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, enumerable) ? null : "ToList";
                return materialize is null ? select : Call(select, materialize);
            }

            if (expression is InvocationExpressionSyntax invocation
                && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol factory
                && ResultFactories.Contains(factory.ContainingType.ToDisplayString()))
            {
                return MapArguments(invocation);
            }

            return Involves(type) ? null : expression;
        }

        /// <summary><c>Ok(user)</c>, <c>CreatedAtAction(name, values, user)</c>: the entity arguments mapped.</summary>
        private ExpressionSyntax? MapArguments(InvocationExpressionSyntax invocation)
        {
            var arguments = new List<ArgumentSyntax>();
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (Map(argument.Expression) is not { } mapped)
                {
                    return null;
                }

                arguments.Add(mapped == argument.Expression ? argument : argument.WithExpression(mapped.WithTriviaFrom(argument.Expression)));
            }

            return arguments.SequenceEqual(invocation.ArgumentList.Arguments) ? invocation
                : invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SeparatedList(arguments, invocation.ArgumentList.Arguments.GetSeparators())));
        }

        /// <summary><c>[await] query.ToListAsync()</c> on an entity query becomes <c>[await] query.SelectRead().ToListAsync()</c>.</summary>
        private ExpressionSyntax? SelectReadBeforeMaterializing(ExpressionSyntax expression)
        {
            var target = (expression as AwaitExpressionSyntax)?.Expression ?? expression;
            if (queryable is null
                || target is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                || !Materializers.Contains(access.Name.Identifier.ValueText)
                || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { IsExtensionMethod: true }
                || model.GetTypeInfo(access.Expression, cancellationToken).Type is not { } receiver
                || !Implements(receiver, queryable)
                // A predicate or selector is written against the entity, not the DTO.
                || call.ArgumentList.Arguments.Any(a => model.GetTypeInfo(a.Expression, cancellationToken).Type?.ToDisplayString() != "System.Threading.CancellationToken"))
            {
                return null;
            }

            var rewritten = call.WithExpression(access.WithExpression(Call(access.Expression, "SelectRead").WithTriviaFrom(access.Expression)));
            return target == expression ? rewritten : ((AwaitExpressionSyntax)expression).WithExpression(rewritten);
        }

        /// <summary>
        /// Whether a mapped entity may be null: the nullable flow state when nullable analysis is on, else whether the value
        /// comes from an <c>…OrDefault</c>/<c>Find</c> call, else whether the original return type allowed null.
        /// </summary>
        private bool MayBeNull(ExpressionSyntax expression)
        {
            var flow = model.GetTypeInfo(expression, cancellationToken).Nullability.FlowState;
            return flow != NullableFlowState.None ? flow == NullableFlowState.MaybeNull : ProducesDefault(expression) || returnAllowsNull;
        }

        private bool ProducesDefault(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
            {
                expression = expression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((AwaitExpressionSyntax)expression).Expression;
            }

            return model.GetSymbolInfo(expression, cancellationToken).Symbol switch
            {
                IMethodSymbol method => method.Name.EndsWith("OrDefault") || method.Name.EndsWith("OrDefaultAsync") || method.Name is "Find" or "FindAsync",
                ILocalSymbol local => local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                    && ProducesDefault(value),
                _ => false,
            };
        }

        /// <summary>The outermost names in the type that bind to the entity (<c>User</c> in <c>Task&lt;ActionResult&lt;User?&gt;&gt;</c>).</summary>
        private List<NameSyntax> EntityNames(TypeSyntax type)
        {
            var names = new List<NameSyntax>();
            Visit(type);
            return names;

            void Visit(SyntaxNode node)
            {
                if (node is NameSyntax name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, entity))
                {
                    names.Add(name);
                    return;
                }

                foreach (var child in node.ChildNodes())
                {
                    Visit(child);
                }
            }
        }

        /// <summary>How the return type holds a sequence of the entity: an array, a lazy <c>IEnumerable&lt;&gt;</c>, or (by default) a list.</summary>
        private static string? MaterializerFor(NameSyntax name)
        {
            var element = name.Parent is NullableTypeSyntax nullable ? nullable : (SyntaxNode)name;
            return element.Parent switch
            {
                ArrayTypeSyntax => "ToArray",
                // ActionResult<T> converts only from a class, not from an interface such as IEnumerable<T>.
                TypeArgumentListSyntax { Parent: GenericNameSyntax { Identifier.ValueText: "IEnumerable" } }
                    when !element.Ancestors().OfType<GenericNameSyntax>().Any(g => g.Identifier.ValueText == "ActionResult") => null,
                _ => "ToList",
            };
        }

        private bool Involves(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => Involves(array.ElementType),
            INamedTypeSymbol named => SymbolEqualityComparer.Default.Equals(named, entity) || named.TypeArguments.Any(Involves),
            _ => false,
        };

        /// <summary>Whether the type is or implements <c>generic&lt;E&gt;</c> (<c>DbSet&lt;User&gt;</c> implements <c>IQueryable&lt;User&gt;</c>).</summary>
        private bool Implements(ITypeSymbol type, INamedTypeSymbol generic) =>
            (type is INamedTypeSymbol named ? type.AllInterfaces.Add(named) : type.AllInterfaces).Any(i =>
                SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, generic)
                && i.TypeArguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], entity));

        private string FreeName(string name, int position)
        {
            var candidate = name;
            for (var i = 1; model.LookupSymbols(position, name: candidate).Any(); i++)
            {
                candidate = name + i;
            }

            return candidate;
        }

        /// <summary>An expression body as the last statement of a block body.</summary>
        private StatementSyntax Statement(ExpressionSyntax expression, bool returnsValue)
        {
            var bare = expression.WithoutTrivia();
            return OnItsOwnLine(bare is ThrowExpressionSyntax thrown ? ThrowStatement(thrown.Expression)
                : returnsValue ? ReturnStatement(bare)
                : ExpressionStatement(bare));
        }

        /// <summary>A block laid out over several lines; the formatter keeps a lambda's block on one line unless told otherwise.</summary>
        private BlockSyntax BlockOf(params StatementSyntax[] statements) =>
            Block(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(newLine).WithTrailingTrivia(newLine), List(statements), Token(SyntaxKind.CloseBraceToken))
                .WithAdditionalAnnotations(Formatter.Annotation);

        private StatementSyntax OnItsOwnLine(StatementSyntax statement) =>
            statement.WithLeadingTrivia(ElasticMarker).WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation);

        /// <summary>The return statements and expression body of the function, not those of the lambdas and local functions inside it.</summary>
        private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode function)
        {
            var body = function switch
            {
                MethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
                AnonymousFunctionExpressionSyntax lambda => lambda.Body,
                _ => null,
            };
            if (body is ExpressionSyntax expression)
            {
                return [expression];
            }

            return body is null ? [] : body.DescendantNodes(n => n == body || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .Select(n => n switch
                {
                    ReturnStatementSyntax returned => returned.Expression,
                    YieldStatementSyntax yielded when yielded.IsKind(SyntaxKind.YieldReturnStatement) => yielded.Expression,
                    _ => null,
                })
                .OfType<ExpressionSyntax>();
        }
    }

    private static ExpressionSyntax Call(ExpressionSyntax receiver, string method, bool conditional = false) =>
        conditional
            ? ConditionalAccessExpression(Receiver(receiver), InvocationExpression(MemberBindingExpression(IdentifierName(method))))
            : InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Receiver(receiver), IdentifierName(method)));

    /// <summary>The expression as the receiver of a member access, parenthesized unless it is a primary expression.</summary>
    private static ExpressionSyntax Receiver(ExpressionSyntax expression)
    {
        var bare = expression.WithoutTrivia();
        return bare is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ObjectCreationExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax
            ? bare
            : ParenthesizedExpression(bare);
    }
}
