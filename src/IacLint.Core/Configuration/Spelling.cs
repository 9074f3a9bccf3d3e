namespace IacLint.Configuration;

/// <summary>Nearest-spelling suggestions for names a user typed: commands, settings, keys.</summary>
public static class Spelling
{
    /// <summary>The candidate closest to <paramref name="typed"/> (ignoring case) within <paramref name="maxDistance"/>
    /// edits, or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates, int maxDistance = 2)
    {
        string? best = null;
        var bestDistance = maxDistance + 1;
        var lowered = typed.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into
    /// <paramref name="b"/>; a swap counts once, since <c>scna</c> for <c>scan</c> is one slip.</summary>
    public static int EditDistance(string a, string b)
    {
        // Three rows of the table (this one, the one before, the one before that for swaps), not the whole table:
        // appsettings rules compare a key with every sibling in the base file.
        var width = b.Length + 1;
        var rented = width * 3 > 384 ? System.Buffers.ArrayPool<int>.Shared.Rent(width * 3) : null;
        var rows = rented ?? stackalloc int[384];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = best;
            }
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        var distance = previous[b.Length];
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        return distance;
    }
}
