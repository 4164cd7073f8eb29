namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits, once per compilation that references EF Core, <c>EntityDtoGen.DtoUpsert</c>: the one-statement
/// <c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c> every generated <c>UpsertAsync</c> runs. It is built at run time
/// from EF Core's model (table, schema, column names, the provider's quoting and parameter types), so it follows the
/// mapping EF Core actually uses; every value goes in a parameter. Generated rather than shipped in the abstractions
/// because it needs EF Core; its text does not depend on any entity.
/// </summary>
internal static class DtoUpsertEmitter
{
    public const string HintName = "EntityDtoGen.DtoUpsert.g.cs";

    public static string Emit()
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("/// <summary>The statement behind the generated <c>UpsertAsync</c> methods. Not meant to be called directly.</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteBlock(Body);
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    private const string Body = """
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static class DtoUpsert
        {
            private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
            private const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";

            /// <summary>
            /// Inserts <paramref name="entity"/>, or updates the row it conflicts with on <paramref name="conflictTarget"/>
            /// (setting only <paramref name="updatedMembers"/>), and returns the stored row: one statement, untracked.
            /// </summary>
            public static async global::System.Threading.Tasks.Task<TEntity> UpsertAsync<TEntity>(
                global::Microsoft.EntityFrameworkCore.DbSet<TEntity> set,
                TEntity entity,
                string[] conflictTarget,
                string[] updatedMembers,
                global::System.Threading.CancellationToken cancellationToken)
                where TEntity : class
            {
                var context = global::Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<global::Microsoft.EntityFrameworkCore.Infrastructure.ICurrentDbContext>(set).Context;
                var provider = context.Database.ProviderName;
                if (provider != Sqlite && provider != PostgreSql)
                {
                    throw new global::System.NotSupportedException("UpsertAsync sends one INSERT … ON CONFLICT … DO UPDATE … RETURNING statement, which EntityDtoGen writes for SQLite and PostgreSQL only; this context uses " + (provider ?? "no database provider") + ".");
                }

                var entityType = context.Model.FindEntityType(typeof(TEntity))
                    ?? throw new global::System.InvalidOperationException(typeof(TEntity).Name + " is not an entity type of " + context.GetType().Name + ".");
                if (entityType.BaseType is not null || global::System.Linq.Enumerable.Any(entityType.GetDerivedTypes()) || global::System.Linq.Enumerable.Any(entityType.GetComplexProperties()))
                {
                    throw new global::System.NotSupportedException("UpsertAsync does not support " + typeof(TEntity).Name + ": entity types in an inheritance hierarchy or with complex properties are not written by it.");
                }

                var tableName = global::Microsoft.EntityFrameworkCore.RelationalEntityTypeExtensions.GetTableName(entityType)
                    ?? throw new global::System.NotSupportedException("UpsertAsync needs " + typeof(TEntity).Name + " to be mapped to a table.");
                var table = global::Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(tableName, global::Microsoft.EntityFrameworkCore.RelationalEntityTypeExtensions.GetSchema(entityType));

                var columns = new global::System.Collections.Generic.List<Column>();
                var entry = context.Entry(entity);
                var tracked = new global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> { entry };

                // Added runs EF Core's value generators as SaveChanges would: a client-generated key gets its value, a
                // database-generated one a temporary value, which is left to the database. The entity is detached again at once.
                entry.State = global::Microsoft.EntityFrameworkCore.EntityState.Added;
                try
                {
                    Collect(entry, entityType, table, columns, new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal), tracked);
                }
                finally
                {
                    for (var i = tracked.Count - 1; i >= 0; i--)
                    {
                        tracked[i].State = global::Microsoft.EntityFrameworkCore.EntityState.Detached;
                    }
                }

                var conflict = ConflictColumns(entityType, table, conflictTarget);
                var updated = UpdatedColumns(entityType, table, updatedMembers, columns, conflict);
                var sql = global::Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<global::Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>(context);

                using var command = global::Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(context.Database).CreateCommand();
                var parameters = new object[columns.Count];
                var text = new global::System.Text.StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
                for (var i = 0; i < columns.Count; i++)
                {
                    var mapping = (global::Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)global::Microsoft.EntityFrameworkCore.RelationalPropertyExtensions.GetRelationalTypeMapping(columns[i].Property);
                    parameters[i] = mapping.CreateParameter(command, sql.GenerateParameterName("p" + i), columns[i].Value, columns[i].Property.IsNullable);
                    text.Append(i == 0 ? "" : ", ").Append(sql.DelimitIdentifier(columns[i].Name));
                }

                text.Append(")\nVALUES (");
                for (var i = 0; i < columns.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder("p" + i));
                }

                text.Append(")\nON CONFLICT (");
                for (var i = 0; i < conflict.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(sql.DelimitIdentifier(conflict[i]));
                }

                // With nothing to update, the conflict column is set to itself, so that RETURNING still returns the stored row.
                text.Append(") DO UPDATE SET ");
                var assigned = updated.Count > 0 ? updated : new global::System.Collections.Generic.List<string> { conflict[0] };
                for (var i = 0; i < assigned.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(sql.DelimitIdentifier(assigned[i])).Append(" = excluded.").Append(sql.DelimitIdentifier(assigned[i]));
                }

                text.Append("\nRETURNING *");

                // Query filters would compose a WHERE over the statement, which SQL does not allow: the statement runs as written.
                var rows = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsAsyncEnumerable(
                    global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(
                        global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(
                            global::Microsoft.EntityFrameworkCore.RelationalQueryableExtensions.FromSqlRaw(set, text.ToString(), parameters))));
                await foreach (var row in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.WithCancellation(rows, cancellationToken).ConfigureAwait(false))
                {
                    return row;
                }

                throw new global::System.InvalidOperationException("The upsert of " + typeof(TEntity).Name + " returned no row.");
            }

            /// <summary>A filter on the primary key of <paramref name="stored"/>, with its values as query parameters.</summary>
            public static global::System.Linq.Expressions.Expression<global::System.Func<TEntity, bool>> SameKey<TEntity>(global::Microsoft.EntityFrameworkCore.DbSet<TEntity> set, TEntity stored)
                where TEntity : class
            {
                var context = global::Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<global::Microsoft.EntityFrameworkCore.Infrastructure.ICurrentDbContext>(set).Context;
                var key = context.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey()
                    ?? throw new global::System.InvalidOperationException(typeof(TEntity).Name + " has no primary key to read the stored row back by.");
                var entity = global::System.Linq.Expressions.Expression.Parameter(typeof(TEntity), "e");
                global::System.Linq.Expressions.Expression? filter = null;
                foreach (var property in key.Properties)
                {
                    var value = new global::System.Runtime.CompilerServices.StrongBox<object?>(property.GetGetter().GetClrValueUsingContainingEntity(stored));
                    var equal = global::System.Linq.Expressions.Expression.Equal(
                        global::System.Linq.Expressions.Expression.Call(typeof(global::Microsoft.EntityFrameworkCore.EF), nameof(global::Microsoft.EntityFrameworkCore.EF.Property), new[] { property.ClrType }, entity, global::System.Linq.Expressions.Expression.Constant(property.Name)),
                        global::System.Linq.Expressions.Expression.Convert(global::System.Linq.Expressions.Expression.Field(global::System.Linq.Expressions.Expression.Constant(value), nameof(value.Value)), property.ClrType));
                    filter = filter is null ? equal : global::System.Linq.Expressions.Expression.AndAlso(filter, equal);
                }

                return global::System.Linq.Expressions.Expression.Lambda<global::System.Func<TEntity, bool>>(filter!, entity);
            }

            /// <summary>The columns to insert: the entity's, and those of owned values stored in its table.</summary>
            private static void Collect(
                global::Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry,
                global::Microsoft.EntityFrameworkCore.Metadata.IEntityType type,
                global::Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier table,
                global::System.Collections.Generic.List<Column> columns,
                global::System.Collections.Generic.HashSet<string> seen,
                global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> tracked)
            {
                foreach (var property in type.GetProperties())
                {
                    // An owned value's key shares its owner's key column.
                    var column = global::Microsoft.EntityFrameworkCore.RelationalPropertyExtensions.GetColumnName(property, table);
                    if (column is null || !seen.Add(column) || global::Microsoft.EntityFrameworkCore.RelationalPropertyExtensions.GetComputedColumnSql(property, table) is not null)
                    {
                        continue;
                    }

                    var current = entry.Property(property);
                    var value = current.CurrentValue;
                    if (current.IsTemporary || (property.ValueGenerated != global::Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && Equals(value, property.Sentinel)))
                    {
                        // Left to the database, as SaveChanges would.
                        continue;
                    }

                    columns.Add(new Column(column, property, value));
                }

                foreach (var navigation in type.GetNavigations())
                {
                    if (!navigation.TargetEntityType.IsOwned())
                    {
                        continue;
                    }

                    var target = navigation.TargetEntityType;
                    if (navigation.IsCollection || global::Microsoft.EntityFrameworkCore.RelationalEntityTypeExtensions.GetTableName(target) != table.Name || global::Microsoft.EntityFrameworkCore.RelationalEntityTypeExtensions.GetSchema(target) != table.Schema)
                    {
                        throw new global::System.NotSupportedException("UpsertAsync writes one table; " + type.ClrType.Name + "." + navigation.Name + " is owned in a table of its own.");
                    }

                    // A null owned value leaves its columns null.
                    if (entry.Reference(navigation.Name).TargetEntry is { } owned)
                    {
                        tracked.Add(owned);
                        Collect(owned, target, table, columns, seen, tracked);
                    }
                }
            }

            /// <summary>The conflict target's columns; EF Core's model must have a key or unique index on exactly those.</summary>
            private static global::System.Collections.Generic.List<string> ConflictColumns(
                global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType,
                global::Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier table,
                string[] conflictTarget)
            {
                var properties = new global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty>();
                foreach (var name in conflictTarget)
                {
                    properties.Add(entityType.FindProperty(name) ?? throw new global::System.InvalidOperationException("UpsertAsync conflicts on " + entityType.ClrType.Name + "." + name + ", which EF Core does not map."));
                }

                bool Same(global::System.Collections.Generic.IReadOnlyList<global::Microsoft.EntityFrameworkCore.Metadata.IProperty> other) =>
                    other.Count == properties.Count && global::System.Linq.Enumerable.All(other, properties.Contains);
                if (!global::System.Linq.Enumerable.Any(entityType.GetKeys(), k => Same(k.Properties))
                    && !global::System.Linq.Enumerable.Any(entityType.GetIndexes(), i => i.IsUnique && global::Microsoft.EntityFrameworkCore.RelationalIndexExtensions.GetFilter(i) is null && Same(i.Properties)))
                {
                    throw new global::System.InvalidOperationException(
                        "UpsertAsync conflicts on (" + string.Join(", ", conflictTarget) + ") of " + entityType.ClrType.Name + ", but EF Core's model has no key or unique index on exactly those columns, which ON CONFLICT needs.");
                }

                var columns = new global::System.Collections.Generic.List<string>();
                foreach (var property in properties)
                {
                    columns.Add(global::Microsoft.EntityFrameworkCore.RelationalPropertyExtensions.GetColumnName(property, table)!);
                }

                return columns;
            }

            /// <summary>The inserted columns of the members the Update DTO carries (an owned value: all its columns), less the conflict target.</summary>
            private static global::System.Collections.Generic.List<string> UpdatedColumns(
                global::Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType,
                global::Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier table,
                string[] updatedMembers,
                global::System.Collections.Generic.List<Column> inserted,
                global::System.Collections.Generic.List<string> conflict)
            {
                var properties = new global::System.Collections.Generic.List<global::Microsoft.EntityFrameworkCore.Metadata.IProperty>();
                foreach (var name in updatedMembers)
                {
                    if (entityType.FindProperty(name) is { } property)
                    {
                        properties.Add(property);
                    }
                    else if (entityType.FindNavigation(name) is { } navigation && navigation.TargetEntityType.IsOwned())
                    {
                        properties.AddRange(global::System.Linq.Enumerable.Where(navigation.TargetEntityType.GetProperties(), p => !p.IsPrimaryKey()));
                    }
                }

                // Only inserted columns: excluded.<column> of one the database defaulted would overwrite the stored value with the default.
                var columns = new global::System.Collections.Generic.List<string>();
                foreach (var property in properties)
                {
                    var column = global::Microsoft.EntityFrameworkCore.RelationalPropertyExtensions.GetColumnName(property, table);
                    if (column is not null && !conflict.Contains(column) && !columns.Contains(column) && inserted.Exists(c => c.Name == column))
                    {
                        columns.Add(column);
                    }
                }

                return columns;
            }

            private readonly record struct Column(string Name, global::Microsoft.EntityFrameworkCore.Metadata.IProperty Property, object? Value);
        }
        """;
}
