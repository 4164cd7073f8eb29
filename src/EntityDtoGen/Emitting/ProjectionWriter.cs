using System;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Writes the static <c>Projection</c> of a Read DTO or read shape, and the <c>BuildProjection</c> method it comes from.
/// The expression tree binds the target's members through their setters, which trimming could strip of their property
/// metadata: the method keeps the target's public properties, so Native AOT apps get a working projection and no
/// warning from generated code.
/// </summary>
internal static class ProjectionWriter
{
    /// <summary>The member name the projection is built by, which no entity property or shape member may take.</summary>
    public const string BuildMethod = "BuildProjection";

    private const string Inliner = "global::EntityDtoGen.ProjectionInliner";

    /// <param name="writer">The writer, inside the target type.</param>
    /// <param name="source">The entity type, <c>global::</c>-qualified.</param>
    /// <param name="target">The Read DTO or shape, <c>global::</c>-qualified.</param>
    /// <param name="nests">Whether the initializer refers to nested projections, which <c>ProjectionInliner</c> expands.</param>
    /// <param name="writeInitializer">Writes the object initializer of <c>entity => new Target</c>.</param>
    /// <param name="markGenerated">Mark both members <c>[GeneratedCode]</c>: they go into a type the user declares (a shape).</param>
    public static void Write(SourceWriter writer, string source, string target, bool nests, Action<SourceWriter> writeInitializer, bool markGenerated = false)
    {
        var type = "global::System.Linq.Expressions.Expression<global::System.Func<" + source + ", " + target + ">>";
        if (markGenerated)
        {
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        }

        writer.WriteLine("public static " + type + " Projection { get; } = " + BuildMethod + "();");
        writer.WriteLine();
        if (markGenerated)
        {
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        }
        writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.DynamicDependency(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties, typeof(" + target + "))]");
        writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(\"Trimming\", \"IL2026\", Justification = \"The expression binds this type's public properties, which the DynamicDependency keeps.\")]");
        writer.WriteLine("private static " + type + " " + BuildMethod + "() =>");
        writer.Indent();
        if (nests)
        {
            // Nested projections are referenced, not copied, so this file does not change when a target's members do.
            writer.WriteLine(Inliner + ".Expand<" + source + ", " + target + ">(");
            writer.Indent();
        }

        writer.WriteLine("entity => new " + target);
        writeInitializer(writer);
        writer.CloseBlock(nests ? ");" : ";");
        if (nests)
        {
            writer.Unindent();
        }

        writer.Unindent();
    }
}
