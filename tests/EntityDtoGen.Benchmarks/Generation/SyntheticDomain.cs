using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EntityDtoGen.Benchmarks.Generation;

/// <summary>
/// Source for a synthetic domain of <c>count</c> <c>[GenerateDtos]</c> entities, one file each, with 20 properties:
/// mixed scalar types and nullability, a key, validation attributes, <c>[Secret]</c>, <c>[ServerGenerated]</c>,
/// <c>[CreateOnly]</c>, two navigations to other entities, and on every tenth entity an <c>[IncludeInRead]</c>
/// collection of a lower-numbered entity that itself nests nothing (so the Read graph has no cycles).
/// Plus one shared enum and one unrelated file, the target of the "unrelated edit".
/// </summary>
public static class SyntheticDomain
{
    public const string UnrelatedFileName = "Util.cs";

    public const string UnrelatedSource = """
        namespace Synthetic;

        public static class Util
        {
            public static int Twice(int x) => x * 2;
        }
        """;

    /// <summary>The unrelated file after an edit: a body changed and a type added.</summary>
    public const string UnrelatedSourceEdited = """
        namespace Synthetic;

        public static class Util
        {
            public static int Twice(int x) => x + x;
        }

        public sealed class Extra
        {
        }
        """;

    private const string StatusSource = """
        namespace Synthetic;

        public enum Status
        {
            Draft,
            Active,
            Archived,
        }
        """;

    /// <summary>(file name, source) for every file of the domain.</summary>
    public static IReadOnlyList<(string FileName, string Source)> Files(int count)
    {
        var files = new List<(string, string)>(count + 2) { ("Status.cs", StatusSource), (UnrelatedFileName, UnrelatedSource) };
        for (var i = 0; i < count; i++)
        {
            files.Add((FileName(i), Entity(i, count)));
        }

        return files;
    }

    public static string Name(int i) => "Entity" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static string FileName(int i) => Name(i) + ".cs";

    /// <summary>The hint-name prefix of an entity's generated files.</summary>
    public static string HintNamePrefix(int i) => "Synthetic." + Name(i) + ".";

    /// <summary>The entity's source, or with <paramref name="edited"/> the same entity after one property edit (a renamed, retyped member).</summary>
    public static string Entity(int i, int count, bool edited = false)
    {
        var name = Name(i);
        var related = Name(((i * 7) + 3) % count);
        var child = Name((i + 1) % count);
        var idType = i % 2 == 0 ? "int" : "System.Guid";
        var s = new StringBuilder();
        s.Append("""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using EntityDtoGen;

            namespace Synthetic;

            """);
        s.Append("/// <summary>Synthetic entity ").Append(i).Append(".</summary>\n");
        s.Append("[GenerateDtos]\n");
        s.Append("public class ").Append(name).Append('\n');
        s.Append("{\n");
        s.Append("    public ").Append(idType).Append(" Id { get; set; }\n\n");                                    // 1 key: Read only
        s.Append("    [Required, MaxLength(100)]\n    public required string Name { get; set; }\n\n");             // 2
        s.Append("    [MaxLength(2000)]\n    public string? Description { get; set; }\n\n");                     // 3
        s.Append("    [Range(0, 10000)]\n    public int Quantity { get; set; }\n\n");                            // 4
        s.Append("    public decimal Price { get; set; }\n\n");                                                  // 5
        s.Append("    public double? Ratio { get; set; }\n\n");                                                  // 6
        s.Append("    public bool IsActive { get; set; } = true;\n\n");                                          // 7
        s.Append("    [ServerGenerated]\n    public DateTime CreatedAt { get; set; }\n\n");                      // 8
        s.Append("    public DateTime? UpdatedAt { get; set; }\n\n");                                            // 9
        s.Append("    public Guid? ExternalId { get; set; }\n\n");                                               // 10
        s.Append("    public Status Status { get; set; } = Status.Draft;\n\n");                                  // 11
        s.Append(edited
            ? "    public int Score { get; set; }\n\n"                                                           // 12 (edited: retyped)
            : "    public long Score { get; set; }\n\n");                                                        // 12
        s.Append("    public float? Weight { get; set; }\n\n");                                                  // 13
        s.Append("    [Secret]\n    public string PasswordHash { get; set; } = \"\";\n\n");                      // 14
        s.Append("    [CreateOnly]\n    public int TenantId { get; set; }\n\n");                                 // 15
        s.Append("    public DateOnly? Birthday { get; set; }\n\n");                                             // 16
        s.Append("    public TimeSpan Duration { get; set; }\n\n");                                              // 17
        s.Append("    public List<string> Tags { get; set; } = [];\n\n");                                        // 18
        s.Append("    public ").Append(related).Append("? Related { get; set; }\n\n");                           // 19 navigation
        if (i % 10 == 5)
        {
            // 20: a nested Read collection of an entity that nests nothing (i - 5 is a multiple of 10).
            s.Append("    [IncludeInRead]\n    public List<").Append(Name(i - 5)).Append("> Details { get; set; } = [];\n");
        }
        else
        {
            s.Append("    public List<").Append(child).Append("> Children { get; set; } = [];\n");          // 20 navigation
        }

        s.Append("}\n");
        return s.ToString();
    }
}
