using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Emits a read shape's <c>Projection</c> (in the user's partial record) and its <c>{Shape}Mappings</c>:
/// <c>To{Shape}</c>, <c>Select{Shape}</c> and, with EF Core, <c>CheckModel</c>. Query and in-memory mapping share one
/// initializer writer, so <c>To{Shape}()</c> and <c>Select{Shape}()</c> produce the same values.
/// </summary>
internal static class ShapeEmitter
{
    private const string Inliner = "global::EntityDtoGen.ProjectionInliner";
    private const string Enumerable = "global::System.Linq.Enumerable";

    public static string EmitProjection(ShapeModel model)
    {
        var shape = model.Shape;
        var entity = shape.Entity.FullyQualifiedName;
        var writer = GeneratedFile.Begin(shape.Namespace);
        writer.WriteLine("partial record " + shape.Name);
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Builds a " + GeneratedFile.Cref(shape.FullyQualifiedName) + " from a " + GeneratedFile.Cref(entity) + " inside a query, so the");
        writer.WriteLine("/// database selects exactly the shape's members.");
        writer.WriteLine("/// </summary>");
        ProjectionWriter.Write(writer, entity, shape.FullyQualifiedName, shape.Members.Any(m => m.Binding is ShapeBinding.NestedReference or ShapeBinding.NestedCollection), w => WriteInitializer(w, shape, inQuery: true), markGenerated: true);
        writer.CloseBlock();
        return GeneratedFile.End(writer, shape.Namespace);
    }

    public static string EmitMappings(ShapeModel model, CompilationFeatures features)
    {
        var shape = model.Shape;
        var entity = shape.Entity.FullyQualifiedName;
        var writer = GeneratedFile.Begin(shape.Namespace);
        GeneratedFile.WriteTypeDocumentation(writer, "Maps a " + GeneratedFile.Cref(entity) + " to the read shape " + GeneratedFile.Cref(shape.FullyQualifiedName) + ", in memory and in queries.");
        writer.WriteLine(shape.Accessibility + " static partial class " + shape.MappingsName);
        writer.OpenBlock();

        writer.WriteLine("/// <summary>Copies the shape's members from the entity into a new " + GeneratedFile.Cref(shape.FullyQualifiedName) + ".</summary>");
        writer.WriteLine("public static " + shape.FullyQualifiedName + " To" + shape.Name + "(this " + entity + " entity)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "entity");
        writer.WriteLine("return new " + shape.FullyQualifiedName);
        WriteInitializer(writer, shape, inQuery: false);
        writer.CloseBlock(";");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>Projects the query to " + GeneratedFile.Cref(shape.FullyQualifiedName) + " with its " + GeneratedFile.Cref(shape.FullyQualifiedName + ".Projection") + ", so the database returns only the shape's members.</summary>");
        writer.WriteLine("public static global::System.Linq.IQueryable<" + shape.FullyQualifiedName + "> Select" + shape.Name + "(this global::System.Linq.IQueryable<" + entity + "> query)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "query");
        if (features.HasEntityFrameworkCore)
        {
            writer.WriteLine("query = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(query);");
            writer.WriteLine("global::EntityDtoGen.ModelChecks.EnsureProjectionIsMapped(query, " + shape.FullyQualifiedName + ".Projection, \"" + shape.Name + "\");");
        }

        writer.WriteLine("return global::System.Linq.Queryable.Select(query, " + shape.FullyQualifiedName + ".Projection);");
        writer.CloseBlock();

        if (features.HasEntityFrameworkCore)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Used by <see cref=\"global::EntityDtoGen.DtoModelCheck\"/>: compares this shape with EF Core's model.</summary>");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine("internal static bool CheckModel(global::Microsoft.EntityFrameworkCore.Metadata.IModel model, global::System.Collections.Generic.List<string> problems) =>");
            writer.Indent();
            writer.WriteLine("global::EntityDtoGen.ModelChecks.CheckEntity(model, problems, typeof(" + entity + "), " + shape.FullyQualifiedName + ".Projection, \"" + shape.Name + "\", "
                + "global::System.Array.Empty<string>(), string.Empty, global::System.Array.Empty<string>(), string.Empty, "
                + GeneratedFile.StringArray(model.Secrets) + ", global::System.Array.Empty<string>());");
            writer.Unindent();
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, shape.Namespace);
    }

    private static void WriteInitializer(SourceWriter writer, ShapeDeclaration shape, bool inQuery)
    {
        writer.OpenBlock();
        foreach (var member in shape.Members)
        {
            writer.WriteLine(member.Name + " = " + Value(member, inQuery) + ",");
        }
    }

    /// <summary>
    /// The member's value, guarded by a null check on every reference along the path (null-safe flattening) and, for a
    /// nested reference, on the navigation itself.
    /// </summary>
    private static string Value(ShapeMemberDeclaration member, bool inQuery)
    {
        var accesses = new List<string>();
        var access = "entity";
        foreach (var step in member.Path)
        {
            access += "." + step.Member.Name;
            accesses.Add(access);
        }

        var last = accesses[accesses.Count - 1];
        var lastMember = member.Path[member.Path.Count - 1].Member;
        var guards = accesses.Take(accesses.Count - 1).ToList();
        string value;
        switch (member.Binding)
        {
            case ShapeBinding.Count:
                var count = member.Type.StartsWith("long", System.StringComparison.Ordinal) ? "LongCount" : "Count";
                value = Enumerable + "." + count + "(" + (inQuery ? last : last + " ?? " + Enumerable + ".Empty<" + lastMember.TargetType + ">()") + ")";
                break;
            case ShapeBinding.NestedReference:
                guards.Add(last);
                value = inQuery ? Inliner + ".Inline(" + member.NestedType + ".Projection, " + last + ")" : member.NestedMapping + "(" + last + ")";
                break;
            case ShapeBinding.NestedCollection:
                var elements = inQuery
                    ? Enumerable + ".Select(" + last + ", item => " + Inliner + ".Inline(" + member.NestedType + ".Projection, item))"
                    : Enumerable + ".Select(" + last + " ?? " + Enumerable + ".Empty<" + lastMember.TargetType + ">(), item => " + member.NestedMapping + "(item))";
                value = Enumerable + (member.AsArray ? ".ToArray(" : ".ToList(") + elements + ")";
                break;
            default:
                value = last;
                break;
        }

        if (guards.Count == 0)
        {
            return value;
        }

        // A value type needs the cast for both branches to meet (null and int meet in int?); a reference type meets anyway.
        var fallback = member.AcceptsNull ? "null" : member.IsValueType ? "default(" + member.Type + ")" : "null!";
        return string.Concat(guards.Select(g => g + " == null ? " + fallback + " : ")) + (member.IsValueType ? "(" + member.Type + ")" : string.Empty) + value;
    }
}
