using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using IacLint.Engine;

/// <summary>
/// Which types a scan allocates most, from the runtime's GCAllocationTick event (one sample about every 100 KB
/// allocated, naming the type that crossed the mark): the garbage collector's work grows with allocation, so this
/// says where to cut. Needs the JIT runtime (Native AOT has no event pipe).
/// </summary>
internal sealed class AllocationSamples : EventListener
{
    private const int AllocationTickEvent = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public static int Run(string root)
    {
        using var listener = new AllocationSamples();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var findings = Scanner.Scan(new ScanOptions { Root = root }).Findings.Count;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Thread.Sleep(500); // events arrive on the listener's thread a little after they happen
        var sampled = listener._bytesByType.Values.Sum();
        Console.WriteLine($"iaclint allocations: scan of {root} ({findings} findings) allocated {allocated / 1048576.0:F0} MB; by type, sampled:");
        foreach (var (type, bytes) in listener._bytesByType.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{bytes / 1048576.0,8:F1} MB {100.0 * bytes / Math.Max(1, sampled),5:F1}%  {type}");
        }
        return 0;
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId != AllocationTickEvent || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        _bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }
}
