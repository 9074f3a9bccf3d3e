namespace IacLint.Discovery;

/// <summary>Paths relative to the scan root, with forward slashes, as every family names files.</summary>
public static class RelativePaths
{
    /// <summary>Resolves <paramref name="relative"/> (with <c>.</c> and <c>..</c>) against a folder; null when the
    /// result would climb out of the scan root.</summary>
    public static string? Combine(string directory, string relative)
    {
        var parts = new List<string>(directory.Length == 0 ? [] : directory.Split('/'));
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    /// <summary>The folder part of a relative path ("" for a file at the root).</summary>
    public static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
}
