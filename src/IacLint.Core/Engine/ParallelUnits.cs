using System.Collections.Concurrent;

namespace IacLint.Engine;

/// <summary>
/// Runs units of very different sizes (root modules, configurations, overlays) on every core, one at a time and the
/// largest first when sizes are known: <see cref="Parallel.For(int, int, Action{int})"/> hands out index ranges in
/// order, so a large unit near the end runs alone while the other cores wait. Each unit writes its result at its own
/// index, so the output order never depends on the schedule.
/// </summary>
public static class ParallelUnits
{
    public static void For(int count, Action<int> body, Func<int, long>? size = null)
    {
        IEnumerable<int> order = Enumerable.Range(0, count);
        // Stable: equal sizes keep index order.
        if (size is not null) order = order.OrderByDescending(size).ToList();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), body);
    }
}
