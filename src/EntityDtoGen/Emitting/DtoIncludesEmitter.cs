namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits, once per compilation that references EF Core, <c>EntityDtoGen.DtoIncludes</c>: the loops behind every
/// entity's <c>IncludeForRead</c> and <c>IncludePaths</c>, so each <c>{E}Includes</c> holds only its own paths. Generated
/// rather than shipped in the abstractions because it calls EF Core; its text does not depend on any entity.
/// </summary>
internal static class DtoIncludesEmitter
{
    public const string HintName = "EntityDtoGen.DtoIncludes.g.cs";

    public static string Emit()
    {
        var writer = GeneratedFile.Begin("EntityDtoGen");
        writer.WriteLine("/// <summary>What the generated <c>{Entity}Includes</c> classes share. Not meant to be called directly.</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteBlock(Body);
        return GeneratedFile.End(writer, "EntityDtoGen");
    }

    private const string Body = """
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static class DtoIncludes
        {
            /// <summary>Includes every path.</summary>
            public static global::System.Linq.IQueryable<TEntity> Include<TEntity>(global::System.Linq.IQueryable<TEntity> query, global::System.Collections.Generic.IReadOnlyList<string> paths)
                where TEntity : class
            {
                global::System.ArgumentNullException.ThrowIfNull(query);
                foreach (var path in paths)
                {
                    query = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(query, path);
                }

                return query;
            }

            /// <summary>Includes each requested path that <paramref name="allowed"/> knows, ignoring case and blank entries; throws for any other.</summary>
            public static global::System.Linq.IQueryable<TEntity> IncludeAllowed<TEntity>(
                global::System.Linq.IQueryable<TEntity> query,
                global::System.Collections.Generic.IEnumerable<string> paths,
                global::System.Collections.Generic.IReadOnlyDictionary<string, string> allowed,
                global::System.Collections.Generic.IReadOnlyList<string> valid,
                string entityName)
                where TEntity : class
            {
                global::System.ArgumentNullException.ThrowIfNull(query);
                global::System.ArgumentNullException.ThrowIfNull(paths);
                foreach (var requested in paths)
                {
                    if (string.IsNullOrWhiteSpace(requested))
                    {
                        continue;
                    }

                    if (!allowed.TryGetValue(requested.Trim(), out var path))
                    {
                        throw new global::System.ArgumentException("Unknown include path '" + requested + "' for " + entityName + ". Valid paths: " + (valid.Count == 0 ? "none" : string.Join(", ", valid)) + ".", nameof(paths));
                    }

                    query = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(query, path);
                }

                return query;
            }

            /// <summary>
            /// Each allowed path, ignoring case, with the path EF Core is given for it: itself, or for a path whose last step
            /// walks back along an inverse (which EF Core refuses to include, and fills in by fix-up) its prefix.
            /// </summary>
            public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Allowed(global::System.Collections.Generic.IReadOnlyList<string> paths, global::System.Collections.Generic.IReadOnlyDictionary<string, string>? applied = null)
            {
                var allowed = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);
                foreach (var path in paths)
                {
                    allowed[path] = applied is not null && applied.TryGetValue(path, out var prefix) ? prefix : path;
                }

                return allowed;
            }
        }
        """;
}
