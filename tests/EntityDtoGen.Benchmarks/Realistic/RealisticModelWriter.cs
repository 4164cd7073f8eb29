using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EntityDtoGen.Benchmarks.Realistic;

/// <summary>
/// Writes the realistic model's C# files into a project folder, for build-overhead.sh:
/// <c>--out DIR --entities N --variant with|without [--seed S]</c>. Prints what the model contains.
/// </summary>
public static class RealisticModelWriter
{
    public static int Run(string[] args)
    {
        var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required");
        var entities = int.Parse(Option(args, "--entities") ?? "130", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? RealisticModel.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var withPackage = (Option(args, "--variant") ?? "with") switch
        {
            "with" => true,
            "without" => false,
            var other => throw new ArgumentException("--variant is 'with' or 'without', not " + other),
        };

        var model = RealisticModel.Create(entities, seed);
        var files = 0;
        foreach (var (path, source) in model.Files(withPackage))
        {
            var full = Path.Combine(output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, source);
            files++;
        }

        Console.WriteLine($"{(withPackage ? "with" : "without")}: {files} files in {output}");
        Console.WriteLine(Describe(model));
        return 0;
    }

    /// <summary>One line of counts: what the model exercises.</summary>
    public static string Describe(RealisticModel model)
    {
        var all = model.Entities;
        var members = all.SelectMany(e => e.Members).ToArray();
        var navigations = all.SelectMany(e => e.Navigations).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} entities; {members.Length} scalar properties ({members.Length / (double)all.Count:0.0} per entity, {all.Min(e => e.Members.Count)}–{all.Max(e => e.Members.Count)}); "
            + $"audited {all.Count(e => e.Members.Any(m => m.Name == "CreatedOnUtc"))}; enum wrappers {members.Count(m => m.Wraps is not null)}; "
            + $"secrets {members.Count(m => m.IsSecret)}; unique indexes {all.Count(e => e.UniqueMember is not null)}; "
            + $"navigations {navigations.Length} (collections {navigations.Count(n => n.Collection)}, [IncludeInRead] {navigations.Count(n => n.IncludeInRead)}) on {all.Count(e => e.Navigations.Count > 0)} entities; "
            + $"read shapes {all.Count(e => e.HasShape)}; controllers {all.Count(e => e.HasController)}; minimal-API entities {all.Count(e => e.HasEndpoints)}");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
