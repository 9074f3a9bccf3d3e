using System.Diagnostics;

namespace IacLint.Engine;

/// <summary>
/// Where a run's time goes: with <c>IACLINT_TIMINGS</c> set, each phase's end is written to standard error with the
/// wall time since the process started and the CPU time of all its threads (benchmarks/audit.sh prints them). Off, a
/// mark costs one branch.
/// </summary>
public static class PhaseClock
{
    private static readonly bool Enabled = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("IACLINT_TIMINGS"));

    public static void Mark(string phase)
    {
        if (!Enabled) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        Console.Error.WriteLine($"iaclint timings: {wall.TotalMilliseconds,7:F0} ms wall {process.TotalProcessorTime.TotalMilliseconds,7:F0} ms cpu  {phase}");
    }
}
