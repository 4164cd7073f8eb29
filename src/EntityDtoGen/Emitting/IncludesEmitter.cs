using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits <c>{Entity}Includes</c>: typed <c>Include{Nav}</c>/<c>ThenInclude{Nav}</c> helpers, <c>IncludeForRead</c>, the
/// <c>Paths</c> allow-list and <c>IncludePaths</c>. Only for compilations that reference EF Core.
/// </summary>
internal static class IncludesEmitter
{
    private const string Ef = "global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions";
    private const string Includable = "global::Microsoft.EntityFrameworkCore.Query.IIncludableQueryable";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<string>";

    public static string Emit(EntityModel entity)
    {
        var e = entity.FullyQualifiedName;
        var query = "global::System.Linq.IQueryable<" + e + ">";
        var writer = GeneratedFile.Begin(entity);
        GeneratedFile.WriteTypeDocumentation(writer, "Typed EF Core <c>Include</c> helpers for " + GeneratedFile.Cref(e) + ", and an allow-list of include paths for <c>?include=</c> parameters.");
        writer.WriteLine(entity.Accessibility + " static partial class " + entity.IncludesName);
        writer.OpenBlock();

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Every dotted navigation path of depth 3 or less from " + GeneratedFile.Cref(e) + " that never continues from a type");
        writer.WriteLine("/// already on the path; the paths <c>IncludePaths</c> accepts.");
        writer.WriteLine("/// </summary>");
        WritePaths(writer, "Paths", entity.IncludePaths.Select(p => p.Path).ToList());
        writer.WriteLine();

        // A path whose last step is a reference back along the inverse of the step before is applied as its prefix:
        // EF Core refuses to include it, and its fix-up sets that reference anyway.
        var applied = entity.IncludePaths.Where(p => p.AppliedPath != p.Path).ToList();
        writer.WriteLine("private static readonly global::System.Collections.Generic.IReadOnlyDictionary<string, string> AllowedPaths = global::EntityDtoGen.DtoIncludes.Allowed(Paths"
            + (applied.Count == 0 ? ");" : ", new global::System.Collections.Generic.Dictionary<string, string>"));
        if (applied.Count > 0)
        {
            writer.OpenBlock();
            foreach (var path in applied)
            {
                writer.WriteLine("[" + Literal(path.Path) + "] = " + Literal(path.AppliedPath) + ",");
            }

            writer.CloseBlock(");");
        }

        writer.WriteLine();
        WriteReadPaths(writer, entity);
        writer.WriteLine();

        writer.WriteLine("/// <summary>Includes exactly the <c>[IncludeInRead]</c> graph, so <c>ToRead()</c> on the loaded entities finds every nested member loaded.</summary>");
        writer.WriteLine("public static " + query + " IncludeForRead(this " + query + " query) => global::EntityDtoGen.DtoIncludes.Include(query, ReadPaths);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Includes each requested path from <see cref=\"Paths\"/>, ignoring case and blank entries.</summary>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A path is not in <see cref=\"Paths\"/>; the message lists the valid ones.</exception>");
        writer.WriteLine("public static " + query + " IncludePaths(this " + query + " query, global::System.Collections.Generic.IEnumerable<string> paths) =>");
        writer.Indent();
        writer.WriteLine("global::EntityDtoGen.DtoIncludes.IncludeAllowed(query, paths, AllowedPaths, Paths, " + Literal(entity.Name) + ");");
        writer.Unindent();

        foreach (var navigation in entity.Navigations)
        {
            writer.WriteLine();
            WriteNavigationHelpers(writer, entity, navigation);
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    /// <summary>
    /// Composed from the targets' own <c>ReadPaths</c> when the type is initialised, so this file does not change when
    /// a target's nested members do.
    /// </summary>
    private static void WriteReadPaths(SourceWriter writer, EntityModel entity)
    {
        var nested = entity.Navigations.Where(n => n.IncludeInRead).ToList();
        writer.WriteLine("/// <summary>The include paths of the <c>[IncludeInRead]</c> graph, which <c>IncludeForRead</c> applies.</summary>");
        if (nested.Count == 0)
        {
            writer.WriteLine("public static " + ReadOnlyList + " ReadPaths { get; } = global::System.Array.Empty<string>();");
            return;
        }

        writer.WriteLine("public static " + ReadOnlyList + " ReadPaths { get; } = BuildReadPaths();");
        writer.WriteLine();
        writer.WriteLine("private static string[] BuildReadPaths()");
        writer.OpenBlock();
        writer.WriteLine("var paths = new global::System.Collections.Generic.List<string>();");
        foreach (var navigation in nested)
        {
            writer.WriteLine("paths.Add(" + Literal(navigation.DisplayName) + ");");
            writer.WriteLine("foreach (var path in " + navigation.TargetIncludesType + ".ReadPaths)");
            writer.OpenBlock();
            writer.WriteLine("paths.Add(" + Literal(navigation.DisplayName + ".") + " + path);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("return paths.ToArray();");
        writer.CloseBlock();
    }

    private static void WriteNavigationHelpers(SourceWriter writer, EntityModel entity, NavigationModel navigation)
    {
        var e = entity.FullyQualifiedName;
        var result = Includable + "<" + e + ", " + navigation.Type + ">";
        var chained = Includable + "<TRoot, " + navigation.Type + ">";
        var name = navigation.DisplayName;

        writer.WriteLine("/// <summary>Includes " + GeneratedFile.Cref(e + "." + navigation.Name) + ".</summary>");
        writer.WriteLine("public static " + result + " Include" + name + "(this global::System.Linq.IQueryable<" + e + "> query) =>");
        writer.Indent();
        writer.WriteLine(Ef + ".Include(query, entity => entity." + navigation.Name + ");");
        writer.Unindent();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Then includes " + GeneratedFile.Cref(e + "." + navigation.Name) + " after including a " + GeneratedFile.Cref(e) + " reference.</summary>");
        writer.WriteLine("public static " + chained + " ThenInclude" + name + "<TRoot>(this " + Includable + "<TRoot, " + e + "?> query)");
        writer.Indent();
        writer.WriteLine("where TRoot : class =>");
        writer.WriteLine(Ef + ".ThenInclude(query, entity => entity!." + navigation.Name + ");");
        writer.Unindent();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Then includes " + GeneratedFile.Cref(e + "." + navigation.Name) + " after including a collection of " + GeneratedFile.Cref(e) + ".</summary>");
        writer.WriteLine("public static " + chained + " ThenInclude" + name + "<TRoot>(this " + Includable + "<TRoot, global::System.Collections.Generic.IEnumerable<" + e + ">> query)");
        writer.Indent();
        writer.WriteLine("where TRoot : class =>");
        writer.WriteLine(Ef + ".ThenInclude(query, entity => entity." + navigation.Name + ");");
        writer.Unindent();
    }

    /// <summary>A list of paths, one per line; an empty one is <c>Array.Empty</c>.</summary>
    private static void WritePaths(SourceWriter writer, string name, System.Collections.Generic.List<string> paths)
    {
        var declaration = "public static " + ReadOnlyList + " " + name + " { get; } = ";
        if (paths.Count == 0)
        {
            writer.WriteLine(declaration + "global::System.Array.Empty<string>();");
            return;
        }

        writer.WriteLine(declaration + "new string[]");
        writer.OpenBlock();
        foreach (var path in paths)
        {
            writer.WriteLine(Literal(path) + ",");
        }

        writer.CloseBlock(";");
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
