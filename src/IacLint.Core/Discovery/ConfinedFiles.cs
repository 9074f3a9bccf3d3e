namespace IacLint.Discovery;

/// <summary>
/// The one way the engine reads a file that input names (Terraform's file functions, Kustomize resources, patches
/// and generator files): the real path (every symbolic link resolved) must stay inside the scan root, and the file
/// must be a regular file. A refusal names the path as written, never where a link leads or what it holds.
/// </summary>
public static class ConfinedFiles
{
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The real path of <paramref name="fullPath"/> when it is inside <paramref name="root"/>, else the reason it is refused.</summary>
    public static (string? RealPath, string? Refusal) Resolve(string root, string fullPath, string display)
    {
        if (fullPath.Contains('\0')) return (null, $"\"{Printable(display)}\" contains a NUL character and is not a path");
        var realRoot = RealPath(Path.GetFullPath(root)) ?? Path.GetFullPath(root);
        var real = RealPath(Path.GetFullPath(fullPath));
        if (real is null) return (null, $"\"{display}\" has a symbolic link that cannot be resolved");
        if (!IsUnder(real, realRoot))
        {
            return IsUnder(Path.GetFullPath(fullPath), Path.GetFullPath(root))
                ? (null, $"\"{display}\" is a symbolic link (or inside one) that leads outside the scanned folder; it is not read")
                : (null, $"\"{display}\" is outside the scanned folder and is not read");
        }
        return (real, null);
    }

    /// <summary>Reads a regular file inside the root as UTF-8 text, or says why not.</summary>
    public static (string? Text, string? Problem) ReadText(string root, string fullPath, string display)
    {
        var (real, refusal) = Resolve(root, fullPath, display);
        if (real is null) return (null, refusal);
        if (Directory.Exists(real)) return (null, $"\"{display}\" is a folder, not a file");
        if (!File.Exists(real)) return (null, $"\"{display}\" was not found");
        if (!FileKinds.IsRegularOrUnknown(real)) return (null, $"\"{display}\" is not a regular file (a FIFO, socket or device) and is not opened");
        try
        {
            if (new FileInfo(real).Length > MaxBytes) return (null, $"\"{display}\" is larger than {MaxBytes / (1024 * 1024)} MiB and is not read");
            return (File.ReadAllText(real), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, $"\"{display}\" could not be read ({e.GetType().Name})");
        }
    }

    public static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved (like realpath), or null when a link is broken
    /// or the links go round more than 40 times.</summary>
    public static string? RealPath(string fullPath)
    {
        var hops = 0;
        var pending = new Stack<string>(fullPath.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(fullPath) ?? "/";
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > 40) return null;
            // The link's text is relative to the folder it is in (current) unless rooted; its parts are walked too.
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? "/";
            foreach (var inner in target.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(inner);
        }
        return current;
    }

    private static string Printable(string text) => text.Replace("\0", "\\0", StringComparison.Ordinal);
}
