using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace EntityDtoGen.Tests;

/// <summary>
/// Property-based: random entity models from a printed seed (set ENTITYDTOGEN_SEED to replay), checked against the
/// invariants the product promises.
/// </summary>
public sealed class RandomModelTests(ITestOutputHelper output)
{
    private const int Batches = 20;
    private const int EntitiesPerBatch = 25;

    [Fact]
    public void RandomModelsKeepTheInvariants()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ENTITYDTOGEN_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"random models: seed {seed} (replay with ENTITYDTOGEN_SEED={seed})");
        var models = new RandomModels(seed);
        var batches = Enumerable.Range(0, Batches).Select(b => (Namespace: "Random.B" + b, Entities: models.Batch("Random.B" + b, EntitiesPerBatch))).ToList();

        var failures = new List<string>();
        Parallel.ForEach(batches, batch =>
        {
            var source = RandomModels.Header(batch.Namespace) + string.Join("\n", batch.Entities.Select(e => e.Source));
            foreach (var target in TargetFramework.All)
            {
                var problems = Check(GeneratorHarness.Run(target, source), batch.Entities, target);
                lock (failures)
                {
                    failures.AddRange(problems.Select(p => $"{p}\n-- seed {seed}, {target.Name}, source of {batch.Namespace}:\n{source}"));
                }
            }
        });

        var total = batches.Sum(b => b.Entities.Count);
        var entities = batches.SelectMany(b => b.Entities).ToList();
        output.WriteLine($"random models: {total} entities with {entities.Sum(e => e.Properties.Count)} properties "
            + $"({entities.Count(e => e.Source.Contains($"public {e.Name}(", StringComparison.Ordinal))} with a binding constructor, {entities.Sum(e => e.Wrappers.Count)} wrappers, "
            + $"{entities.Sum(e => e.Properties.Count(p => p.AuditName || p.SecretByName))} audit or credential names) in {Batches} compilations, "
            + $"each for {TargetFramework.All.Length} targets: {(failures.Count == 0 ? "all invariants hold" : failures.Count + " failures")}");
        Assert.True(total >= 500);
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} invariant failures; the first:\n{failures.FirstOrDefault()}");
    }

    private static IEnumerable<string> Check(GeneratorRun run, IReadOnlyList<RandomEntity> entities, TargetFramework target)
    {
        foreach (var diagnostic in run.CompilationDiagnostics())
        {
            yield return $"{target.Name}: {GeneratorHarness.Describe(diagnostic)}";
        }

        var analyzerDiagnostics = run.AnalyzerDiagnostics();
        foreach (var entity in entities)
        {
            var kinds = entity.Kinds == "All" ? "Create Read Update" : entity.Kinds;
            var served = new[] { "Create", "Read", "Update" }.Where(kinds.Contains).Where(kind => kind switch
            {
                "Create" => entity.Properties.Any(p => p.CanCreate),
                "Read" => entity.NestsReads || entity.Properties.Any(p => p.CanRead),
                _ => entity.Properties.Any(p => p.CanUpdate),
            }).ToList();
            var expected = served.Count == 0
                ? ["EDG001"]
                : new[] { "Create", "Read", "Update" }.Where(kind => kinds.Contains(kind) && !served.Contains(kind)).Select(_ => "EDG012").ToArray();
            var reported = analyzerDiagnostics.Where(d => d.GetMessage().Contains($"'{entity.Name}'")).Select(d => d.Id).ToArray();
            if (!reported.SequenceEqual(expected))
            {
                yield return $"{target.Name}: {entity.Name} expected [{string.Join(", ", expected)}], got [{string.Join(", ", reported)}]:\n{entity.Source}";
            }
        }

        foreach (var diagnostic in analyzerDiagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error && !d.GetMessage().Contains("no DTO kind can be served")))
        {
            yield return $"{target.Name}: unexpected {GeneratorHarness.Describe(diagnostic)}";
        }

        foreach (var entity in entities)
        {
            var kinds = entity.Kinds == "All" ? "Create Read Update" : entity.Kinds;
            foreach (var kind in new[] { "Create", "Read", "Update" })
            {
                var dto = run.OutputCompilation.GetTypeByMetadataName($"{entity.Namespace}.{entity.Name}{kind}");
                if (!kinds.Contains(kind))
                {
                    if (dto is not null)
                    {
                        yield return $"{entity.Name}{kind} was generated although Kinds = {entity.Kinds}";
                    }

                    continue;
                }

                if (dto is null)
                {
                    if (!analyzerDiagnostics.Any(d => d.GetMessage().Contains($"{entity.Name}{kind}")))
                    {
                        yield return $"{entity.Name}{kind} was not generated, and no diagnostic says why:\n{entity.Source}";
                    }

                    continue;
                }

                var members = dto.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet();
                foreach (var property in entity.Properties.Where(p => !members.Contains(p.Name)))
                {
                    var allowed = kind switch { "Create" => property.CanCreate, "Read" => property.CanRead, _ => property.CanUpdate };
                    if (allowed)
                    {
                        yield return $"{entity.Name}{kind} lacks {property.Name}, which it may carry:\n{entity.Source}";
                    }
                }

                foreach (var wrapper in entity.Wrappers.Where(members.Contains))
                {
                    yield return $"{entity.Name}{kind} carries the wrapper {wrapper}:\n{entity.Source}";
                }

                foreach (var property in entity.Properties.Where(p => members.Contains(p.Name)))
                {
                    if (property.IsSecret)
                    {
                        yield return $"{entity.Name}{kind} carries secret {property.Name}:\n{entity.Source}";
                    }

                    if (kind != "Read" && property.IsServerManaged)
                    {
                        yield return $"{entity.Name}{kind} carries server-managed {property.Name}:\n{entity.Source}";
                    }

                    if (kind == "Update" && property.CreateOnly)
                    {
                        yield return $"{entity.Name}Update carries [CreateOnly] {property.Name}:\n{entity.Source}";
                    }
                }
            }
        }
    }
}
