using System.Diagnostics;

namespace IacLint.Engine;

/// <summary>
/// Where a run's time goes: with <c>IACLINT_TIMINGS</c> set, each phase's end is written to standard error with the
/// wall time since the process started, the CPU time of all its threads, the managed heap and the resident set
/// (benchmarks/audit.sh prints them), and the garbage collector's share: bytes allocated, collections per generation
/// and the time the program was paused for them. <c>IACLINT_TIMINGS=live</c> collects garbage first, so the heap figure is what
/// each phase keeps alive (slower: for memory work, not for timing). Off, a mark costs one branch.
/// </summary>
public static class PhaseClock
{
    private static readonly string? Setting = Environment.GetEnvironmentVariable("IACLINT_TIMINGS");

    private static readonly bool Enabled = !string.IsNullOrEmpty(Setting);

    public static void Mark(string phase)
    {
        if (!Enabled) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        Console.Error.WriteLine($"iaclint timings: {wall.TotalMilliseconds,7:F0} ms wall {process.TotalProcessorTime.TotalMilliseconds,7:F0} ms cpu " +
                                $"{GC.GetTotalMemory(forceFullCollection: Setting == "live") / 1048576,5} MB heap {process.WorkingSet64 / 1048576,5} MB rss " +
                                $"{GC.GetTotalAllocatedBytes() / 1048576,6} MB allocated {GC.CollectionCount(0),4}/{GC.CollectionCount(1),3}/{GC.CollectionCount(2),2} gc " +
                                $"{GC.GetTotalPauseDuration().TotalMilliseconds,5:F0} ms paused  {phase}");
    }
}
