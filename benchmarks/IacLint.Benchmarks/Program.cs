using System.Diagnostics;
using IacLint.Engine;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;

// Throughput measurements, run by hand or by benchmarks/*.sh; never part of the test suite.
//   hcl-parse DIR [ITERATIONS]  parse every .tf/.tfvars/.hcl file under DIR on one thread: a cold pass, then ITERATIONS
//   yaml-parse DIR [ITERATIONS] YamlDotNet's parser alone against IacLint's YAML reader, one thread
//   scan DIR [ITERATIONS]       full scans of DIR (discovery, parsing in parallel, evaluation, rules)
//   exceptions DIR              one scan of DIR, counting exceptions thrown (caught or not) by type, message and thrower
//   memory DIR                  one scan of DIR: allocated bytes, peak working set, and the heap still alive afterwards
//   allocations DIR             one scan of DIR (JIT only): what it allocates, by type, from the runtime's allocation samples
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: hcl-parse DIR [ITERATIONS] | scan DIR [ITERATIONS]");
    return 2;
}
var iterations = args.Length > 2 ? Math.Max(1, int.Parse(args[2])) : 20;
switch (args[0])
{
    case "hcl-parse":
    {
        // The same protocol as benchmarks/hcl-go: the files' bytes are read first, then every pass decodes them
        // (HashiCorp's parser reads bytes) and parses each into a tree with positions. The first pass in this fresh
        // process is the cold figure; after 5 untimed passes, ITERATIONS passes give the warmed figure.
        var paths = Directory.EnumerateFiles(args[1], "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".tfvars", StringComparison.Ordinal) || f.EndsWith(".hcl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var contents = paths.Select(File.ReadAllBytes).ToArray();
        var bytes = contents.Sum(c => (long)c.Length);
        var megabytes = bytes / 1024.0 / 1024.0;

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (coldWall, coldCpu) = (Stopwatch.StartNew(), ProcessCpu.Seconds());
        var coldItems = ParseBytes(paths, contents);
        var (coldSeconds, coldCpuSeconds) = (coldWall.Elapsed.TotalSeconds, ProcessCpu.Seconds() - coldCpu);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;

        for (var i = 0; i < 5; i++) ParseBytes(paths, contents);
        var (wall, cpu) = (Stopwatch.StartNew(), ProcessCpu.Seconds());
        var items = 0;
        for (var i = 0; i < iterations; i++) items += ParseBytes(paths, contents);
        var (seconds, cpuSeconds) = (wall.Elapsed.TotalSeconds, ProcessCpu.Seconds() - cpu);

        Console.WriteLine($"iaclint hcl-parse: {paths.Length} files, {megabytes:F2} MB, {coldItems} top-level items, {allocated:F1} MB allocated per pass");
        Console.WriteLine($"iaclint cold: 1 pass in {coldCpuSeconds * 1000:F1} ms CPU ({coldSeconds * 1000:F1} ms wall) = {megabytes / coldCpuSeconds:F1} MB/s");
        Console.WriteLine($"iaclint warmed: {iterations} passes in {cpuSeconds * 1000:F1} ms CPU ({seconds * 1000:F1} ms wall) = {megabytes * iterations / cpuSeconds:F1} MB/s ({items / iterations} top-level items)");
        return 0;
    }
    case "hcl-lex":
    {
        var files = Directory.EnumerateFiles(args[1], "*.tf", SearchOption.AllDirectories).Select(f => new SourceText(f, File.ReadAllText(f))).ToList();
        var bytes = files.Sum(f => (long)f.Text.Length);
        for (var i = 0; i < 5; i++) foreach (var f in files) HclLexer.Lex(f);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) foreach (var f in files) HclLexer.Lex(f);
        Console.WriteLine($"iaclint hcl-lex: {bytes * iterations / 1024.0 / 1024.0 / stopwatch.Elapsed.TotalSeconds:F1} MB/s");
        return 0;
    }
    case "yaml-parse":
        return YamlParse.Run(args[1], iterations);
    case "scan":
    {
        Scanner.Scan(new ScanOptions { Root = args[1] });
        var stopwatch = Stopwatch.StartNew();
        var findings = 0;
        for (var i = 0; i < iterations; i++) findings = Scanner.Scan(new ScanOptions { Root = args[1] }).Findings.Count;
        stopwatch.Stop();
        Console.WriteLine($"iaclint scan: {stopwatch.Elapsed.TotalMilliseconds / iterations:F1} ms per scan of {args[1]} ({findings} findings)");
        return 0;
    }
    case "exceptions":
        return CountExceptions(args[1]);
    case "memory":
        return MeasureMemory(args[1]);
    case "allocations":
        return AllocationSamples.Run(args[1]);
    default:
        Console.Error.WriteLine($"unknown benchmark {args[0]}");
        return 2;
}

static int ParseBytes(string[] paths, byte[][] contents)
{
    var count = 0;
    for (var i = 0; i < contents.Length; i++)
    {
        // As File.ReadAllText does for the scanner: UTF-8, without its byte order mark.
        var text = System.Text.Encoding.UTF8.GetString(contents[i].AsSpan(contents[i].AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
        var parsed = HclParser.Parse(new SourceText(paths[i], text));
        count += parsed.Body.Attributes.Count + parsed.Body.Blocks.Count;
    }
    return count;
}

// Exceptions are not control flow: a normal scan should throw none. Counts first-chance exceptions (thrown, whether
// or not something catches them) during one scan, grouped by type, thrower and message.
static int CountExceptions(string root)
{
    var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    var total = 0;
    EventHandler<System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs> handler = (_, e) =>
    {
        Interlocked.Increment(ref total);
        // DiagnosticMethodInfo, not reflection: the benchmark is also published with Native AOT (hcl-parse.sh).
        static string Method(StackFrame? frame) =>
            frame is not null && DiagnosticMethodInfo.Create(frame) is { } method ? $"{method.DeclaringTypeName?.Split('.')[^1]}.{method.Name}" : "?";
        var thrower = Method(new StackTrace(e.Exception, false).GetFrame(0));
        // The exception's own trace holds only the throwing frame at this point; the callers say which use it was.
        thrower += " <- " + string.Join(" <- ", new StackTrace(1, false).GetFrames().Skip(1).Take(4).Select(Method));
        var message = e.Exception.Message.Length > 100 ? e.Exception.Message[..100] : e.Exception.Message;
        counts.AddOrUpdate($"{e.Exception.GetType().Name} in {thrower}: {message}", 1, (_, n) => n + 1);
    };
    AppDomain.CurrentDomain.FirstChanceException += handler;
    var findings = Scanner.Scan(new ScanOptions { Root = root }).Findings.Count;
    AppDomain.CurrentDomain.FirstChanceException -= handler;
    foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(40))
    {
        Console.WriteLine($"{count,7}  {key}");
    }
    Console.WriteLine($"iaclint exceptions: {total} first-chance exceptions in a scan of {root} ({findings} findings)");
    return 0;
}

// Where peak memory goes: what a scan allocates in all, the most the process held, and what the result keeps alive.
static int MeasureMemory(string root)
{
    var stopwatch = Stopwatch.StartNew();
    var result = Scanner.Scan(new ScanOptions { Root = root });
    var seconds = stopwatch.Elapsed.TotalSeconds;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var info = GC.GetGCMemoryInfo(GCKind.Any);
    var retained = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(result);
    Process.GetCurrentProcess().Refresh();
    const double MB = 1024 * 1024;
    Console.WriteLine($"iaclint memory: scan of {root} in {seconds:F2} s ({result.Findings.Count} findings): allocated {allocated / MB:F0} MB, " +
        $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / MB:F0} MB, heap at the last GC {info.HeapSizeBytes / MB:F0} MB, " +
        $"promoted {info.PromotedBytes / MB:F0} MB, alive with the result {retained / MB:F0} MB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    return 0;
}

/// <summary>CPU time of the whole process (all threads, the collector's too) to the nanosecond: steadier
/// than wall time on a shared machine, and what benchmarks/hcl-go measures the same way.</summary>
static partial class ProcessCpu
{
    private const int ClockProcessCpuTime = 2;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    public static double Seconds()
    {
        ClockGetTime(ClockProcessCpuTime, out var time);
        return time.Seconds + time.Nanoseconds / 1e9;
    }
}
