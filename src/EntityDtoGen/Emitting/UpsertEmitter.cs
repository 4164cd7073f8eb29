using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits <c>UpsertAsync(this DbSet&lt;E&gt;, {E}Create, CancellationToken)</c> into a part of <c>{E}DtoMappings</c>, for an
/// entity whose Create DTO carries a conflict target, in compilations that reference EF Core's relational layer (SPEC "Upsert").
/// </summary>
internal static class UpsertEmitter
{
    /// <summary>Only with EF Core's relational layer, which the statement is built from (a Cosmos-only app has none).</summary>
    public static bool Emits(EntityModel entity, CompilationFeatures features) => features.HasRelationalEntityFrameworkCore && entity.ConflictTarget.Count > 0;

    public static string Emit(EntityModel entity)
    {
        var e = entity.FullyQualifiedName;
        var set = "global::Microsoft.EntityFrameworkCore.DbSet<" + e + ">";
        var updated = entity.Properties.Where(p => p.InUpdate).Select(p => p.DisplayName);
        var target = string.Join(", ", entity.ConflictTarget);
        var writer = GeneratedFile.Begin(entity);
        writer.WriteLine(entity.Accessibility + " static partial class " + entity.MappingsName);
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Inserts the " + GeneratedFile.Cref(e) + " that <paramref name=\"source\"/> describes or, when a row with the same " + target + " exists,");
        writer.WriteLine(entity.Has(DtoKind.Update)
            ? "/// updates the members " + GeneratedFile.Cref(entity.QualifiedName(entity.UpdateName)) + " carries; one <c>INSERT … ON CONFLICT (" + target + ") DO UPDATE … RETURNING</c>"
            : "/// leaves that row as it is (no member can be updated); one <c>INSERT … ON CONFLICT (" + target + ") DO UPDATE … RETURNING</c>");
        writer.WriteLine("/// statement on SQLite and PostgreSQL, safe under concurrent calls. Hooks and suppliers run as in <c>ToEntity</c>;");
        writer.WriteLine("/// <c>SaveChanges</c> interceptors do not, as nothing is saved through the change tracker.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <returns>The stored row, as a Read DTO.</returns>");
        writer.WriteLine("/// <exception cref=\"global::System.NotSupportedException\">The database provider is neither SQLite nor PostgreSQL.</exception>");
        writer.WriteLine("public static async global::System.Threading.Tasks.Task<" + entity.QualifiedName(entity.ReadName) + "> UpsertAsync(this " + set + " set, "
            + entity.QualifiedName(entity.CreateName) + " source, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "set", "source");
        writer.WriteLine("var stored = await global::EntityDtoGen.DtoUpsert.UpsertAsync(set, ToEntity(source), " + GeneratedFile.StringArray(entity.ConflictTarget) + ", " + GeneratedFile.StringArray(updated) + ", cancellationToken).ConfigureAwait(false);");
        if (entity.Navigations.Any(n => n.IncludeInRead))
        {
            // The statement returns the row itself; what the Read DTO nests is read back with its projection.
            writer.WriteLine("return await global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(SelectRead(global::System.Linq.Queryable.Where(set, global::EntityDtoGen.DtoUpsert.SameKey(set, stored))), cancellationToken).ConfigureAwait(false);");
        }
        else
        {
            writer.WriteLine("return ToRead(stored);");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }
}
