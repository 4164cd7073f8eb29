using System;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;

namespace EntityDtoGen;

/// <summary>
/// Lets a generated <c>Projection</c> reuse another entity's projection for a nested Read DTO. The generated
/// expression calls <see cref="Inline{TSource, TResult}"/>; <see cref="Expand{TSource, TResult}"/> replaces each call
/// with the body of the projection it names, once, when the Read type is initialised. EF Core then sees one plain
/// expression tree and translates the whole graph to one SQL statement.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ProjectionInliner
{
    private static readonly MethodInfo InlineMethod = typeof(ProjectionInliner).GetMethod(nameof(Inline))!;

    /// <summary>A marker for <see cref="Expand{TSource, TResult}"/>; it is never meant to run.</summary>
    /// <typeparam name="TSource">The nested entity type.</typeparam>
    /// <typeparam name="TResult">The nested Read DTO type.</typeparam>
    /// <param name="projection">The nested entity's projection, read from a static member.</param>
    /// <param name="source">The nested entity.</param>
    /// <returns>Nothing: it always throws.</returns>
    /// <exception cref="InvalidOperationException">Always: the call only has meaning inside an expanded expression.</exception>
    public static TResult Inline<TSource, TResult>(Expression<Func<TSource, TResult>> projection, TSource source) =>
        throw new InvalidOperationException("ProjectionInliner.Inline only marks a nested projection inside an expression passed to Expand.");

    /// <summary>Returns <paramref name="projection"/> with every <see cref="Inline{TSource, TResult}"/> call replaced by the projection it names.</summary>
    /// <typeparam name="TSource">The entity type.</typeparam>
    /// <typeparam name="TResult">The Read DTO type.</typeparam>
    /// <param name="projection">A projection that may contain <see cref="Inline{TSource, TResult}"/> calls.</param>
    /// <returns>The expanded projection.</returns>
    public static Expression<Func<TSource, TResult>> Expand<TSource, TResult>(Expression<Func<TSource, TResult>> projection) =>
        (Expression<Func<TSource, TResult>>)new InliningVisitor().Visit(projection);

    private sealed class InliningVisitor : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || node.Method.GetGenericMethodDefinition() != InlineMethod)
            {
                return base.VisitMethodCall(node);
            }

            var nested = (LambdaExpression)Evaluate(node.Arguments[0]);
            var source = Visit(node.Arguments[1]);

            // The nested projection was expanded when its own Read type was initialised; visiting it again is harmless.
            return Visit(new ParameterReplacer(nested.Parameters[0], source).Visit(nested.Body));
        }

        private static object Evaluate(Expression expression) => expression is MemberExpression { Member: PropertyInfo property, Expression: null }
            ? property.GetValue(null)!
            : throw new NotSupportedException("ProjectionInliner.Inline takes a static Projection property, as generated code passes.");
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
