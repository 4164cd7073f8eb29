using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>
/// Declares a DTO's <c>PrintMembers</c> when the user's own part has a <c>[Secret]</c> member, so the record's
/// <c>ToString()</c> (and every log line that formats it) masks that member instead of printing it.
/// </summary>
internal static class PrintMembersEmitter
{
    public static void WriteIfNeeded(SourceWriter writer, EntityModel entity, GeneratedKinds kind, IEnumerable<string> generatedMembers)
    {
        var userMembers = entity.UserMembers.Where(m => m.Kind == kind).ToList();
        if (!userMembers.Any(m => m.IsSecret))
        {
            return;
        }

        var printed = generatedMembers.Select(name => (Name: name, Display: name.TrimStart('@'), IsSecret: false))
            .Concat(userMembers.Select(m => (m.Name, Display: m.DisplayName, m.IsSecret)))
            .ToList();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Prints the members for <c>ToString()</c>, with <c>[Secret]</c> members masked.</summary>");
        writer.WriteLine("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        writer.OpenBlock();
        for (var i = 0; i < printed.Count; i++)
        {
            var (name, display, isSecret) = printed[i];
            var separator = i == 0 ? string.Empty : ", ";
            if (isSecret)
            {
                writer.WriteLine("builder.Append(\"" + separator + display + " = ***\");");
            }
            else
            {
                writer.WriteLine("builder.Append(\"" + separator + display + " = \");");
                writer.WriteLine("builder.Append((object?)this." + name + ");");
            }
        }

        writer.WriteLine("return true;");
        writer.CloseBlock();
    }
}
