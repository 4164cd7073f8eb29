namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits, once per compilation that references EF Core, <c>EntityDtoGen.ModelChecks</c>: the run-time checks every
/// generated projection and <c>DtoModelCheck</c> rely on. It is generated rather than shipped in the abstractions
/// because it needs EF Core, which the abstractions do not reference. Its text does not depend on any entity, so it is
/// written once and never changes.
/// </summary>
internal static class ModelChecksEmitter
{
    public const string HintName = "EntityDtoGen.ModelChecks.g.cs";

    public static string Emit()
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Checks the generated projections and DTO members against EF Core's model: used by the generated <c>Select…</c>");
        writer.WriteLine("/// methods and by <see cref=\"global::EntityDtoGen.DtoModelCheck\"/>. Not meant to be called directly.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteBlock(Body);
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    private const string Body = """
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static class ModelChecks
        {
            private static readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<global::Microsoft.EntityFrameworkCore.Metadata.IModel, global::System.Collections.Concurrent.ConcurrentDictionary<global::System.Linq.Expressions.LambdaExpression, string[]>> Checked = new();

            /// <summary>
            /// Throws unless EF Core maps every entity member <paramref name="projection"/> reads. An unmapped member would make
            /// EF Core evaluate the projection on the client, which loads the whole entity, secret columns included. Checked
            /// once per model and projection.
            /// </summary>
            public static void EnsureProjectionIsMapped<TEntity, TResult>(global::System.Linq.IQueryable<TEntity> query, global::System.Linq.Expressions.Expression<global::System.Func<TEntity, TResult>> projection, string resultName)
            {
                var root = RootFinder.Find(query.Expression);
                if (root is null)
                {
                    if (query.Provider is global::Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider)
                    {
                        throw new global::System.InvalidOperationException("EntityDtoGen cannot check " + resultName + ": the EF Core query has no entity set at its root, so the columns it selects cannot be verified.");
                    }

                    // Not an EF Core query (LINQ to objects): nothing is selected from a database.
                    return;
                }

                var entityType = root.EntityType.ClrType == typeof(TEntity) ? root.EntityType : root.EntityType.Model.FindEntityType(typeof(TEntity));
                if (entityType is null)
                {
                    throw new global::System.InvalidOperationException("EntityDtoGen cannot check " + resultName + ": " + typeof(TEntity).Name + " is not an entity type of this EF Core model.");
                }

                var problems = Checked.GetValue(entityType.Model, static _ => new global::System.Collections.Concurrent.ConcurrentDictionary<global::System.Linq.Expressions.LambdaExpression, string[]>())
                    .GetOrAdd(projection, static (lambda, state) => UnmappedMembers(state.EntityType, lambda, state.ResultName, null).ToArray(), (EntityType: entityType, ResultName: resultName));
                if (problems.Length > 0)
                {
                    throw new global::System.InvalidOperationException(
                        "EntityDtoGen refuses to run this projection: EF Core would evaluate it on the client and read every column of " + entityType.ClrType.Name + ", secret ones included. "
                        + string.Join(" ", problems));
                }
            }

            /// <summary>One problem for each entity member the projection reads that EF Core does not map.</summary>
            public static global::System.Collections.Generic.List<string> UnmappedMembers(global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, global::System.Linq.Expressions.LambdaExpression projection, string resultName, global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty>? readProperties)
            {
                var walker = new ProjectionWalker(resultName, readProperties);
                walker.Check(entityType, projection);
                return walker.Problems;
            }

            /// <summary>
            /// Adds every difference between one entity's generated DTOs and the model; false when the model does not map the
            /// entity at all.
            /// </summary>
            public static bool CheckEntity(
                global::Microsoft.EntityFrameworkCore.Metadata.IModel model,
                global::System.Collections.Generic.List<string> problems,
                global::System.Type entity,
                global::System.Linq.Expressions.LambdaExpression? readProjection,
                string readName,
                string[] createMembers,
                string createName,
                string[] updateMembers,
                string updateName,
                string[] secretMembers,
                global::System.Collections.Generic.IReadOnlyList<string> includePaths)
            {
                var entityType = model.FindEntityType(entity);
                if (entityType is null)
                {
                    return false;
                }

                if (readProjection is not null)
                {
                    var read = new global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty>();
                    problems.AddRange(UnmappedMembers(entityType, readProjection, readName, read));
                    CheckSecrets(entityType, readName, secretMembers, read, problems);
                }

                foreach (var member in createMembers)
                {
                    CheckInput(entityType, createName, member, isCreate: true, problems);
                }

                foreach (var member in updateMembers)
                {
                    CheckInput(entityType, updateName, member, isCreate: false, problems);
                }

                foreach (var path in includePaths)
                {
                    CheckIncludePath(entityType, path, problems);
                }

                return true;
            }

            private static void CheckSecrets(global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, string readName, string[] secretMembers, global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty> read, global::System.Collections.Generic.List<string> problems)
            {
                foreach (var secretName in secretMembers)
                {
                    var secret = entityType.FindProperty(secretName);
                    if (secret is null)
                    {
                        continue;
                    }

                    foreach (var property in read)
                    {
                        if (property == secret)
                        {
                            problems.Add(readName + " reads the secret " + entityType.ClrType.Name + "." + secretName + ".");
                        }
                        else if (property.DeclaringType == secret.DeclaringType && ColumnName(property) == ColumnName(secret))
                        {
                            problems.Add(readName + " reads " + entityType.ClrType.Name + "." + property.Name + ", which EF Core maps to the column of the secret " + entityType.ClrType.Name + "." + secretName + ".");
                        }
                    }
                }
            }

            private static string ColumnName(global::Microsoft.EntityFrameworkCore.Metadata.IProperty property) =>
                property.FindAnnotation("Relational:ColumnName")?.Value as string ?? property.Name;

            private static void CheckInput(global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, string dtoName, string member, bool isCreate, global::System.Collections.Generic.List<string> problems)
            {
                var entityName = entityType.ClrType.Name;
                var property = entityType.FindProperty(member);
                if (property is null)
                {
                    var isValue = entityType.FindComplexProperty(member) is not null || entityType.FindNavigation(member) is { TargetEntityType: var target } && target.IsOwned();
                    if (!isValue)
                    {
                        problems.Add(dtoName + "." + member + " writes " + entityName + "." + member + ", which EF Core does not map.");
                    }

                    return;
                }

                if (property.IsKey())
                {
                    if (!isCreate)
                    {
                        problems.Add(dtoName + "." + member + " would change the key " + entityName + "." + member + ", which EF Core cannot update.");
                    }
                    else if (property.ValueGenerated != global::Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
                    {
                        problems.Add(dtoName + "." + member + " accepts the key " + entityName + "." + member + " from the client, but EF Core generates it (ValueGenerated." + property.ValueGenerated + ").");
                    }

                    return;
                }

                // A constant default (HasDefaultValue) makes EF Core mark the property generated on add, yet a client value is still written.
                var constantDefaultOnly = property.ValueGenerated == global::Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd
                    && property.FindAnnotation("Relational:DefaultValue") is not null
                    && property.FindAnnotation("Relational:DefaultValueSql") is null
                    && property.FindAnnotation("Relational:ComputedColumnSql") is null;
                if (property.ValueGenerated != global::Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && !constantDefaultOnly)
                {
                    problems.Add(dtoName + "." + member + " accepts " + entityName + "." + member + " from the client, but the database or EF Core generates it (ValueGenerated." + property.ValueGenerated + ").");
                }
            }

            private static void CheckIncludePath(global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, string path, global::System.Collections.Generic.List<string> problems)
            {
                var type = entityType;
                foreach (var step in path.Split('.'))
                {
                    global::Microsoft.EntityFrameworkCore.Metadata.INavigationBase? navigation = type.FindNavigation(step);
                    navigation ??= type.FindSkipNavigation(step);
                    if (navigation is null)
                    {
                        problems.Add(entityType.ClrType.Name + "Includes.Paths has '" + path + "', but " + type.ClrType.Name + "." + step + " is not a navigation in EF Core's model.");
                        return;
                    }

                    if (navigation.TargetEntityType.IsOwned())
                    {
                        problems.Add(entityType.ClrType.Name + "Includes.Paths has '" + path + "', but " + type.ClrType.Name + "." + step + " is an owned value, which EF Core loads with its owner.");
                        return;
                    }

                    type = navigation.TargetEntityType;
                }
            }

            /// <summary>Finds the entity set a query starts from.</summary>
            private sealed class RootFinder : global::System.Linq.Expressions.ExpressionVisitor
            {
                private global::Microsoft.EntityFrameworkCore.Query.EntityQueryRootExpression? _root;

                public static global::Microsoft.EntityFrameworkCore.Query.EntityQueryRootExpression? Find(global::System.Linq.Expressions.Expression expression)
                {
                    var finder = new RootFinder();
                    finder.Visit(expression);
                    return finder._root;
                }

                public override global::System.Linq.Expressions.Expression? Visit(global::System.Linq.Expressions.Expression? node)
                {
                    if (_root is not null)
                    {
                        return node;
                    }

                    if (node is global::Microsoft.EntityFrameworkCore.Query.EntityQueryRootExpression root)
                    {
                        _root = root;
                        return node;
                    }

                    return base.Visit(node);
                }

                protected override global::System.Linq.Expressions.Expression VisitExtension(global::System.Linq.Expressions.Expression node) => node;
            }

            /// <summary>
            /// Walks a projection, following every member access that starts at an entity through EF Core's model: scalar and
            /// complex properties, navigations (into collections through <c>Select</c> and its kin), owned values.
            /// </summary>
            private sealed class ProjectionWalker(string resultName, global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty>? readProperties) : global::System.Linq.Expressions.ExpressionVisitor
            {
                private readonly global::System.Collections.Generic.Dictionary<global::System.Linq.Expressions.ParameterExpression, global::Microsoft.EntityFrameworkCore.Metadata.ITypeBase> _scopes = new();
                private readonly global::System.Collections.Generic.List<string> _path = new();

                public global::System.Collections.Generic.List<string> Problems { get; } = new();

                public void Check(global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, global::System.Linq.Expressions.LambdaExpression projection)
                {
                    _scopes[projection.Parameters[0]] = entityType;
                    Visit(projection.Body);
                }

                protected override global::System.Linq.Expressions.MemberAssignment VisitMemberAssignment(global::System.Linq.Expressions.MemberAssignment node)
                {
                    _path.Add(node.Member.Name);
                    try
                    {
                        return base.VisitMemberAssignment(node);
                    }
                    finally
                    {
                        _path.RemoveAt(_path.Count - 1);
                    }
                }

                protected override global::System.Linq.Expressions.Expression VisitMember(global::System.Linq.Expressions.MemberExpression node)
                {
                    return Resolve(node).FromEntity ? node : base.VisitMember(node);
                }

                protected override global::System.Linq.Expressions.Expression VisitMethodCall(global::System.Linq.Expressions.MethodCallExpression node)
                {
                    // Enumerable.Select(entity.Lines, line => …) and its kin: the lambda's parameter is an element of the source.
                    if (node.Object is null && node.Arguments.Count > 0 && Resolve(node.Arguments[0]).Type is { } element)
                    {
                        foreach (var argument in node.Arguments)
                        {
                            if (Unquote(argument) is global::System.Linq.Expressions.LambdaExpression { Parameters.Count: > 0 } lambda)
                            {
                                _scopes[lambda.Parameters[0]] = element;
                            }
                        }
                    }

                    return base.VisitMethodCall(node);
                }

                private static global::System.Linq.Expressions.Expression Unquote(global::System.Linq.Expressions.Expression expression) =>
                    expression is global::System.Linq.Expressions.UnaryExpression { NodeType: global::System.Linq.Expressions.ExpressionType.Quote } quote ? quote.Operand : expression;

                /// <summary>What an expression is in the model: rooted at an entity or not, and the entity or complex type it denotes.</summary>
                private (bool FromEntity, global::Microsoft.EntityFrameworkCore.Metadata.ITypeBase? Type) Resolve(global::System.Linq.Expressions.Expression expression)
                {
                    while (expression is global::System.Linq.Expressions.UnaryExpression { NodeType: global::System.Linq.Expressions.ExpressionType.Convert or global::System.Linq.Expressions.ExpressionType.ConvertChecked or global::System.Linq.Expressions.ExpressionType.TypeAs } conversion)
                    {
                        expression = conversion.Operand;
                    }

                    switch (expression)
                    {
                        case global::System.Linq.Expressions.ParameterExpression parameter:
                            return _scopes.TryGetValue(parameter, out var scoped) ? (true, scoped) : (false, null);
                        case global::System.Linq.Expressions.MethodCallExpression call when call.Object is null && call.Arguments.Count > 0:
                            // Where/OrderBy/Take over a navigation still yield its elements.
                            var source = Resolve(call.Arguments[0]);
                            return source.Type is not null && call.Type != typeof(string) && call.Type.IsGenericType ? source : (false, null);
                        case global::System.Linq.Expressions.MemberExpression { Expression: { } owner } member:
                            var resolved = Resolve(owner);
                            if (!resolved.FromEntity)
                            {
                                return (false, null);
                            }

                            if (resolved.Type is not { } type)
                            {
                                // A member of a scalar (string.Length, DateTime.Year): EF Core translates or evaluates it, no entity involved.
                                return (true, null);
                            }

                            return Member(type, member.Member.Name);
                        default:
                            return (false, null);
                    }
                }

                private (bool FromEntity, global::Microsoft.EntityFrameworkCore.Metadata.ITypeBase? Type) Member(global::Microsoft.EntityFrameworkCore.Metadata.ITypeBase type, string name)
                {
                    if (type.FindProperty(name) is { } property)
                    {
                        readProperties?.Add(property);
                        return (true, null);
                    }

                    if (type.FindComplexProperty(name) is { } complex)
                    {
                        return (true, complex.ComplexType);
                    }

                    if (type is global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType)
                    {
                        global::Microsoft.EntityFrameworkCore.Metadata.INavigationBase? navigation = entityType.FindNavigation(name);
                        navigation ??= entityType.FindSkipNavigation(name);
                        if (navigation is not null)
                        {
                            return (true, navigation.TargetEntityType);
                        }
                    }

                    var problem = resultName + (_path.Count == 0 ? string.Empty : "." + string.Join(".", _path)) + " reads " + type.ClrType.Name + "." + name + ", which EF Core does not map.";
                    if (!Problems.Contains(problem))
                    {
                        Problems.Add(problem);
                    }

                    return (true, null);
                }
            }
        }
        """;
}
