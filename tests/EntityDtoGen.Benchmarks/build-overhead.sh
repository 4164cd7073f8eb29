#!/usr/bin/env bash
# What EntityDtoGen adds to a real `dotnet build`, on the realistic model (Realistic/RealisticModel.cs):
#   1. writes the model twice as an ASP.NET Core + EF Core (SQLite) project: "with" references the generator (as an
#      analyzer) and the abstractions, built from a snapshot of this working tree; "without" declares no-op attributes
#      of the same names and calls hand-written equivalents of the generated helpers in its few web files;
#   2. restores once, builds each once untimed (any warning or error stops the script), then times
#      `dotnet build --no-incremental --no-restore` of each, alternating, and prints medians and the ratio;
#   3. builds "with" again with -p:ReportAnalyzer=true (median of --report-runs builds): the generator's and each
#      analyzer's time, and their share of the median build;
#   4. counts the generated lines (EmitCompilerGeneratedFiles) per file kind and per entity.
#
# Usage: tests/EntityDtoGen.Benchmarks/build-overhead.sh [--runs 5] [--entities 130] [--report-runs 3] [--work DIR]
#        [--generator-ref COMMIT]   measure the generator of that commit (git archive) instead of the working tree
#        [--json-metadata]          "with" sets EntityDtoGenJsonMetadata=true, as a Native AOT or trimmed app gets by default
# Takes about 2 min per run pair at 130 entities on 2 cores. Keeps DIR (default: a new temp dir) for inspection.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C

runs=5 entities=130 report_runs=3 work="" generator_ref="" json_metadata=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --entities) entities=$2; shift 2 ;;
    --report-runs) report_runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --generator-ref) generator_ref=$2; shift 2 ;;
    --json-metadata) json_metadata="  <PropertyGroup><EntityDtoGenJsonMetadata>true</EntityDtoGenJsonMetadata></PropertyGroup>"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${work:-$(mktemp -d /tmp/edg-build-overhead.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
echo "work dir: $work"

# Nothing above the work dir may add build properties.
echo '<Project></Project>' > "$work/Directory.Build.props"
echo '<Project></Project>' > "$work/Directory.Build.targets"

# The generator measured: a copy of src/ as it is now (or of a commit), so that edits made to the tree while this
# runs do not change it between runs. Built in Release (as the package ships) by the first untimed build.
gen="$work/gen"
rm -rf "$gen"
mkdir -p "$gen/src"
if [ -n "$generator_ref" ]; then
  git -C "$repo" archive "$generator_ref" src/EntityDtoGen src/EntityDtoGen.Abstractions src/EntityDtoGen.CodeFixes Directory.Build.props Directory.Build.targets | tar -C "$gen" -xf -
  generator="$(git -C "$repo" rev-parse "$generator_ref") (--generator-ref $generator_ref)"
else
  for project in EntityDtoGen EntityDtoGen.Abstractions EntityDtoGen.CodeFixes; do
    tar -C "$repo/src" --exclude=bin --exclude=obj -cf - "$project" | tar -C "$gen/src" -xf -
  done
  cp "$repo/Directory.Build.props" "$repo/Directory.Build.targets" "$gen/"
  generator=$(git -C "$repo" rev-parse HEAD)
  if [ -n "$(git -C "$repo" status --porcelain -- src)" ]; then
    git -C "$repo" diff HEAD -- src > "$gen/uncommitted.diff"
    generator="$generator with uncommitted changes in src/ (saved as $gen/uncommitted.diff)"
  fi
fi

# The model's sources, from a small writer that compiles Realistic/RealisticModel*.cs alone (no generator build).
mkdir -p "$work/writer"
cat > "$work/writer/writer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <Nullable>enable</Nullable>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$here/Realistic/RealisticModel.cs" />
    <Compile Include="$here/Realistic/RealisticModelWriter.cs" />
    <Compile Include="Program.cs" />
  </ItemGroup>
</Project>
EOF
echo 'return EntityDtoGen.Benchmarks.Realistic.RealisticModelWriter.Run(args);' > "$work/writer/Program.cs"
dotnet build "$work/writer" -c Release -nologo -v:q -o "$work/writer/out" > "$work/writer/build.log" || { cat "$work/writer/build.log"; exit 1; }

write_project() { # name, ProjectReference items, lines after the ItemGroups (imports, properties)
  local dir="$work/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  dotnet "$work/writer/out/writer.dll" --out "$dir" --entities "$entities" --variant "$1" | tee "$work/$1.model.txt"
  cat > "$dir/Shop.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>Shop</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.0" />
  </ItemGroup>
  <ItemGroup>
$2
  </ItemGroup>
$3
</Project>
EOF
}

write_project with "    <!-- As the sample API references it; Release, as the package ships the generator. The package's build targets
         (absent at generator refs older than them) make EntityDtoGen's MSBuild properties visible, as for a package consumer. -->
    <ProjectReference Include=\"$gen/src/EntityDtoGen/EntityDtoGen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" SetConfiguration=\"Configuration=Release\" />
    <ProjectReference Include=\"$gen/src/EntityDtoGen.Abstractions/EntityDtoGen.Abstractions.csproj\" SetConfiguration=\"Configuration=Release\" />" \
  "  <Import Project=\"$gen/src/EntityDtoGen/build/EntityDtoGen.targets\" Condition=\"Exists('$gen/src/EntityDtoGen/build/EntityDtoGen.targets')\" />
$json_metadata"
write_project without "" ""

echo "restoring..."
for variant in with without; do
  dotnet restore "$work/$variant" -nologo -v:q > "$work/$variant.restore.log" || { cat "$work/$variant.restore.log"; exit 1; }
done

# Untimed: builds the generator snapshot, warms the build server, and checks the model builds with zero warnings.
for variant in with without; do
  log="$work/$variant.first.log"
  dotnet build "$work/$variant" --no-restore -nologo > "$log" 2>&1 || { grep -E 'error|warning' "$log" | sort -u | head -40; exit 1; }
  if grep -qE ': warning [A-Z]+[0-9]+' "$log"; then
    echo "the '$variant' model builds with warnings:"; grep -oE ': warning [A-Z]+[0-9]+:.*' "$log" | sort -u | head -40; exit 1
  fi
done

# Another build on this machine would skew the times: before each timed build, wait (up to 10 min, then measure
# anyway and say so) until the CPUs were at least 75% idle over 2 s.
waits=0 loaded=0
wait_quiet() {
  local tries=0 busy
  while :; do
    busy=$(read -r _ u1 n1 s1 i1 w1 q1 sq1 st1 _ < /proc/stat; sleep 2; read -r _ u2 n2 s2 i2 w2 q2 sq2 st2 _ < /proc/stat
      awk -v b=$(( (u2 + n2 + s2 + q2 + sq2 + st2) - (u1 + n1 + s1 + q1 + sq1 + st1) )) -v i=$(( (i2 + w2) - (i1 + w1) )) 'BEGIN { print (b + i > 0 && b / (b + i) > 0.25) ? 1 : 0 }')
    [ "$busy" = 0 ] && return
    tries=$((tries + 1)) waits=$((waits + 1))
    if [ "$tries" -ge 120 ]; then loaded=$((loaded + 1)); return; fi
    sleep 3
  done
}

# The timed builds: the project alone (the generator is not rebuilt: BuildProjectReferences=false), from scratch.
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
timed_build() { # variant, log, extra args...
  local variant=$1 log=$2 start end
  shift 2
  wait_quiet
  start=$(date +%s.%N)
  dotnet build "$work/$variant" --no-incremental --no-restore -p:BuildProjectReferences=false -nologo "$@" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
  end=$(date +%s.%N)
  seconds "$start" "$end"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/with.times"
: > "$work/without.times"
for i in $(seq 1 "$runs"); do
  for variant in with without; do
    t=$(timed_build "$variant" "$work/$variant.run$i.log")
    echo "$t" >> "$work/$variant.times"
    echo "run $i $variant: $t s"
  done
done
with_median=$(median < "$work/with.times")
without_median=$(median < "$work/without.times")

# ReportAnalyzer: csc prints the total, per assembly and per analyzer/generator times in the detailed log. Analyzer
# times are summed over the compiler's threads (analyzers run concurrently), so their shares are upper bounds.
: > "$work/report.tsv"
for i in $(seq 1 "$report_runs"); do
  for variant in with without; do
    log="$work/$variant.report$i.log"
    timed_build "$variant" "$log" -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=true -v:d -clp:PerformanceSummary > /dev/null
    # "Total analyzer execution time: 21.813 seconds." then rows "12.916   59   EntityDtoGen, Version=..." (an
    # assembly) and "12.692   58      EntityDtoGen.Diagnostics.EntityDtoAnalyzer (EDG001, ...)" (one of its analyzers).
    awk -v variant="$variant" '
      /Total analyzer execution time:/ { section = "analyzers"; print variant "\ttotal\tall analyzers\t" $(NF - 1); next }
      /Total generator execution time:/ { section = "generators"; print variant "\ttotal\tall generators\t" $(NF - 1); next }
      section != "" && /^ *<?[0-9.]+ +<?[0-9]+ +[^ ]/ {
        name = $0; sub(/^ *<?[0-9.]+ +<?[0-9]+ +/, "", name); if ($1 ~ /</) $1 = 0
        if (name ~ /, Version=/) { sub(/, Version=.*$/, "", name); kind = section " of assembly" } else { sub(/ \(.*$/, "", name); kind = section == "analyzers" ? "analyzer" : "generator" }
        print variant "\t" kind "\t" name "\t" $1; next
      }
      section != "" && !/^ *$/ && !/Time \(s\)/ { section = "" }
      # The Task Performance Summary: "   35123 ms  Csc   1 calls", the compiler process wall time.
      /^ +[0-9]+ ms +Csc +[0-9]+ calls/ { print variant "\ttotal\tCsc task (compiler wall time)\t" $1 / 1000 }
    ' "$log" >> "$work/report.tsv"
  done
done
# The median of each row over the report runs: variant, kind, name, seconds.
sort -t$'\t' -k1,3 -k4,4g "$work/report.tsv" | awk -F'\t' '
  function flush() { if (n) print key "\t" ((n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2); n = 0 }
  { k = $1 "\t" $2 "\t" $3; if (k != key) { flush(); key = k } v[++n] = $4 } END { flush() }' > "$work/report-medians.tsv"

generated=$(find "$work/with/obj" -type d -path '*generated/EntityDtoGen/EntityDtoGen.EntityDtoGenerator' | head -n 1)

{
  echo
  echo "## Build overhead ($entities entities, $runs runs each, alternating)"
  echo
  echo "generator: $generator"
  echo "model: $(tail -n 1 "$work/with.model.txt")"
  echo "machine: $(nproc) cores; UseSharedCompilation=${UseSharedCompilation:-unset (compiler server on)}, MSBUILDDISABLENODEREUSE=${MSBUILDDISABLENODEREUSE:-unset}; waited for a quiet machine $waits times (5 s each); builds started while busy anyway: $loaded"
  echo
  echo "| build (\`dotnet build --no-incremental --no-restore\`) | runs (s) | median |"
  echo "|---|---|---:|"
  echo "| without EntityDtoGen | $(paste -sd' ' "$work/without.times") | ${without_median} s |"
  echo "| with EntityDtoGen | $(paste -sd' ' "$work/with.times") | ${with_median} s |"
  echo "| ratio | | **$(awk -v a="$with_median" -v b="$without_median" 'BEGIN { printf "%.3f", a / b }')×** (+$(seconds "$without_median" "$with_median") s) |"
  echo
  echo "## Generator and analyzers (-p:ReportAnalyzer=true, median of $report_runs builds each)"
  echo
  echo "Totals, every assembly, and EntityDtoGen's own analyzers and generator; share = seconds / median 'with' build."
  echo
  echo "| kind | name | with (s) | share of 'with' build | without (s) |"
  echo "|---|---|---:|---:|---:|"
  awk -F'\t' -v build="$with_median" '
    { key = $2 "\t" $3; t[$1, key] = $4; keys[key] = 1 }
    END {
      for (key in keys) {
        split(key, part, "\t")
        if (part[1] != "total" && part[1] !~ /assembly/ && part[2] !~ /^EntityDtoGen/) continue
        w = ((("with", key) in t) ? t["with", key] : 0); o = ((("without", key) in t) ? sprintf("%.3f", t["without", key]) : "–")
        printf "%d\t%.3f\t| %s | %s | %.3f | %.1f%% | %s |\n", (part[1] == "total") ? 0 : 1, w, part[1], part[2], w, 100 * w / build, o
      }
    }' "$work/report-medians.tsv" | sort -t$'\t' -k1,1n -k2,2gr | cut -f3-
  echo
  echo "## Generated lines (EmitCompilerGeneratedFiles; hint name {Namespace}.{Type}.{Kind}.g.cs)"
  echo
  echo "| kind | files | lines | lines per entity ($entities) |"
  echo "|---|---:|---:|---:|"
  for f in "$generated"/*.cs; do printf '%s\t%s\n' "$(basename "$f")" "$(wc -l < "$f")"; done > "$work/generated-lines.tsv"
  awk -F'\t' -v n="$entities" '
    { name = $1; sub(/\.g\.cs$/, "", name); k = split(name, part, "."); kind = part[k]; files[kind]++; lines[kind] += $2; total += $2; count++ }
    END {
      for (kind in files) printf "| %s | %d | %d | %.1f |\n", kind, files[kind], lines[kind], lines[kind] / n
      printf "| **all** | %d | %d | **%.1f** |\n", count, total, total / n
    }' "$work/generated-lines.tsv" | sort -t'|' -k4,4gr
  echo
  echo "Per entity (the files whose hint name starts with an entity's full name; shapes and compilation-wide files aside):"
  echo
  for f in "$work"/with/Domain/*/*.cs; do
    grep -q '^\[GenerateDtos\]' "$f" || continue
    ns=$(grep -m1 '^namespace ' "$f" | sed 's/namespace \(.*\);/\1/')
    printf '%s.%s\t%s\t%s\n' "$ns" "$(basename "$f" .cs)" "$(grep -c '^    public .* { get; set; }' "$f")" "$(grep -q 'public virtual ' "$f" && echo with || echo without)"
  done | sort > "$work/entities.tsv"
  # lines, entity, its properties, "with"/"without" navigations.
  awk -F'\t' 'NR == FNR { props[$1] = $2; navs[$1] = $3; next }
    { name = $1; sub(/\.g\.cs$/, "", name); k = split(name, part, "."); owner = substr(name, 1, length(name) - length(part[k]) - 1)
      if (owner in props) { per[owner] += $2 } }
    END { for (e in per) print per[e] "\t" e "\t" props[e] "\t" navs[e] }' "$work/entities.tsv" "$work/generated-lines.tsv" | sort -g > "$work/lines-per-entity.tsv"
  summarize() { awk -F'\t' -v label="$1" '{ v[NR] = $1; name[NR] = $2; sum += $1; p += $3 } END { if (NR)
      printf "- %s: %d entities, %.1f auto-properties each; generated lines mean %.0f, min %d (%s), median %d, max %d (%s)\n", label, NR, p / NR, sum / NR, v[1], name[1], v[int((NR + 1) / 2)], v[NR], name[NR] }'; }
  summarize "all entities" < "$work/lines-per-entity.tsv"
  awk -F'\t' '$4 == "without"' "$work/lines-per-entity.tsv" | summarize "entities without navigations"
  awk -F'\t' '$4 == "with"' "$work/lines-per-entity.tsv" | summarize "entities with navigations"
  echo "- every entity's count: $work/lines-per-entity.tsv; every file's: $work/generated-lines.tsv"
} | tee "$work/summary.md"
