using System.Diagnostics;
using System.Text;
using IacLint.Engine;

namespace IacLint.Fuzz;

/// <summary>One seed: where it sits in the scanned folder (the name decides its family) and its text.</summary>
public sealed record Seed(string RelativePath, string Text);

/// <summary>What a run found. A crash is an exception out of the engine; a hang is an input over the time bound.</summary>
public sealed record FuzzReport(int Inputs, IReadOnlyList<string> Crashes, IReadOnlyList<string> Hangs, TimeSpan Slowest, long PeakWorkingSetBytes);

/// <summary>
/// Deterministic mutation fuzzing of the whole in-process engine: each input is a seed of one format (HCL, tfvars,
/// .tf.json, YAML manifests, kustomization, appsettings JSON, TOML, iaclint.toml) mutated by byte edits, token
/// insertions, splices and repetitions, written to a fresh folder and scanned with a time bound.
/// </summary>
public sealed class Fuzzer(IReadOnlyList<Seed> seeds, int randomSeed, TimeSpan timeBound, string? crashFolder = null)
{
    /// <summary>Fragments that reach the parsers' and evaluator's corners (the crash classes found so far among them).</summary>
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "}", "<<EOF\n", "\nEOF\n", "<<-X\n", "\n", " ", "\\", "#", "//", "/*", "*/",
        ":", "- ", "---\n", "&a ", "*a", "!!binary ", "? ", "|\n", ">-\n", "'", ",", "=", "==", "...", "=>", "?", "\u0000", "\ud800", "é",
        "1e400", "-0", "0x1F", "9999999999999999999999", "count = 100000000\n", "for_each = toset([\"a\"])\n",
        "format(\"%999999999d\", 1)", "regex(\"(\", \"x\")", "regexall(\"(a+)+$\", \"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\")", "replace(\"a\", \"\", \"b\")",
        "min()", "indent(-1, \"a\")", "formatlist(\"%s\", [1], [1, 2])", "jsondecode(\"\\\"\\\\ud800\\\"\")", "zipmap([\"a\",\"a\"],[1,2])",
        "jsonencode(1e308*10)", "log(1,1)", "setproduct(range(1000), range(1000))", "file(\"/etc/passwd\")", "fileset(\".\", \"[\")",
        "templatefile(\"x\", {})", "module \"m\" { source = \"./\" }\n", "resource \"aws_s3_bucket\" \"b\" {}\n", "data \"x\" \"y\" {}\n",
        "variable \"v\" {}\n", "locals { a = local.a }\n", "resources:\n  - ../\n", "patches:\n  - path: p.yaml\n", "[table]\n", "[[arr]]\n",
        "key = \"v\"\n", "\"Logging\": {", "\"a\": [", "apiVersion: v1\nkind: Pod\n", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":",
    ];

    private readonly Random _random = new(randomSeed);

    public FuzzReport Run(int inputs, Action<int>? progress = null)
    {
        var crashes = new List<string>();
        var hangs = new List<string>();
        var slowest = TimeSpan.Zero;
        var root = Path.Combine(Path.GetTempPath(), "iaclint-fuzz-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            for (var i = 0; i < inputs; i++)
            {
                var seed = seeds[_random.Next(seeds.Count)];
                var text = Mutate(seed.Text);
                var folder = Path.Combine(root, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var file = Path.Combine(folder, seed.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text, new UTF8Encoding(false));
                var (elapsed, crash) = ScanWithBound(folder);
                if (elapsed > slowest) slowest = elapsed;
                if (crash is not null)
                {
                    crashes.Add($"{seed.RelativePath} #{i}: {crash}");
                    Keep(seed, text, i, "crash");
                }
                else if (elapsed > timeBound)
                {
                    hangs.Add($"{seed.RelativePath} #{i}: {elapsed.TotalSeconds:0.0} s");
                    Keep(seed, text, i, "hang");
                }
                TryDelete(folder);
                progress?.Invoke(i + 1);
            }
        }
        finally
        {
            TryDelete(root);
        }
        using var process = Process.GetCurrentProcess();
        return new FuzzReport(inputs, crashes, hangs, slowest, process.PeakWorkingSet64);
    }

    /// <summary>Scans on a worker thread; an input still running after the bound is a hang and is left behind
    /// (a thread cannot be aborted), so the run goes on.</summary>
    private (TimeSpan Elapsed, string? Crash) ScanWithBound(string folder)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => Scanner.Scan(new ScanOptions { Root = folder, Today = new DateOnly(2026, 6, 1) }));
        try
        {
            if (!task.Wait(timeBound + timeBound)) return (watch.Elapsed, null);
            // Messages are relative to the scan root: an absolute path in one is a bug like a crash.
            var leak = task.Result.Findings.FirstOrDefault(f => f.Message.Contains(folder, StringComparison.Ordinal) || f.Location.Path.Contains(folder, StringComparison.Ordinal));
            return (watch.Elapsed, leak is null ? null : $"absolute path in a finding: {leak.Rule.Id} {leak.Message}");
        }
        catch (AggregateException e)
        {
            var inner = e.InnerException!;
            return (watch.Elapsed, $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}");
        }
    }

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + _random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : _random.Next(builder.Length + 1);
            switch (_random.Next(8))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(1 + _random.Next(16), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 1 when builder.Length > 0:
                    var index = Math.Min(at, builder.Length - 1);
                    builder[index] = (char)(builder[index] ^ (1 << _random.Next(7)));
                    break;
                case 2 when builder.Length > 0:
                    var start = _random.Next(builder.Length);
                    var length = Math.Min(1 + _random.Next(64), builder.Length - start);
                    builder.Insert(at, builder.ToString(start, length));
                    break;
                case 3:
                    var other = seeds[_random.Next(seeds.Count)].Text;
                    var from = other.Length == 0 ? 0 : _random.Next(other.Length);
                    builder.Insert(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(200))));
                    break;
                case 4:
                    // Deep nesting and long runs: the shapes behind stack and memory blow-ups.
                    var token = Tokens[_random.Next(Tokens.Length)];
                    builder.Insert(at, string.Concat(Enumerable.Repeat(token, 1 + _random.Next(_random.Next(10) == 0 ? 5000 : 20))));
                    break;
                default:
                    builder.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
            }
        }
        return builder.ToString();
    }

    private void Keep(Seed seed, string text, int index, string kind)
    {
        if (crashFolder is null) return;
        var path = Path.Combine(crashFolder, $"{kind}-{index}", seed.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The seeds: every rule fixture and sample repository file of a fuzzed format, under its own name,
    /// so a kustomization stays a kustomization and an appsettings file stays one.</summary>
    public static IReadOnlyList<Seed> LoadSeeds(string testData)
    {
        var seeds = new List<Seed>();
        foreach (var path in Directory.EnumerateFiles(testData, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!IsFuzzedFormat(name)) continue;
            var info = new FileInfo(path);
            if (info.Length > 64 * 1024 || (info.Attributes & FileAttributes.ReparsePoint) != 0) continue;
            var folder = Path.GetFileName(Path.GetDirectoryName(path)!);
            // Keep an environment folder name (production, staging): it decides which rules apply.
            seeds.Add(new Seed(Path.Combine(folder, name), File.ReadAllText(path)));
        }
        return seeds;
    }

    private static bool IsFuzzedFormat(string name) =>
        name.EndsWith(".tf", StringComparison.Ordinal) || name.EndsWith(".tfvars", StringComparison.Ordinal) ||
        name.EndsWith(".tf.json", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal) ||
        name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".toml", StringComparison.Ordinal) ||
        (name.StartsWith("appsettings", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal));
}
