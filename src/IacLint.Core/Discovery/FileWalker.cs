namespace IacLint.Discovery;

/// <summary>A file found under the scan root.</summary>
/// <param name="RelativePath">Relative to the scan root, forward slashes.</param>
public sealed record DiscoveredFile(string RelativePath, string FullPath, FileFamily Family);

/// <summary>Something the walk passed over and the user should know about (a symlink out of the root, a loop, an
/// unreadable folder).</summary>
public sealed record WalkNote(string RelativePath, string Message);

public sealed record WalkResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<WalkNote> Notes);

/// <summary>
/// Walks the scan root: skips tool and build folders and what <c>.gitignore</c> files ignore, applies include and
/// exclude globs, and never follows a symbolic link out of the root or into a loop.
/// </summary>
public static class FileWalker
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal)
    {
        ".git", ".terraform", ".terragrunt-cache", "node_modules", "bin", "obj",
    };

    public static WalkResult Walk(string root, IReadOnlyList<Glob> includes, IReadOnlyList<Glob> excludes)
    {
        var rootInfo = new DirectoryInfo(root);
        var realRoot = RealPath(rootInfo) ?? rootInfo.FullName;
        var files = new List<DiscoveredFile>();
        var notes = new List<WalkNote>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var ignores = new List<GitIgnore>();
        WalkDirectory(rootInfo, "", realRoot, includes, excludes, ignores, visited, files, notes);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new WalkResult(files, notes);
    }

    private static void WalkDirectory(
        DirectoryInfo directory,
        string relative,
        string realRoot,
        IReadOnlyList<Glob> includes,
        IReadOnlyList<Glob> excludes,
        List<GitIgnore> ignores,
        HashSet<string> visited,
        List<DiscoveredFile> files,
        List<WalkNote> notes)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            notes.Add(new WalkNote(relative.Length == 0 ? "." : relative, $"Folder could not be read: {e.Message}"));
            return;
        }

        var addedIgnore = false;
        var gitignorePath = Path.Combine(directory.FullName, ".gitignore");
        if (File.Exists(gitignorePath))
        {
            try
            {
                ignores.Add(GitIgnore.Parse(relative, File.ReadAllText(gitignorePath)));
                addedIgnore = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add(new WalkNote(Join(relative, ".gitignore"), $"Ignore file could not be read: {e.Message}"));
            }
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var entryRelative = Join(relative, entry.Name);
            var isLink = entry.LinkTarget is not null;
            var isDirectory = entry is DirectoryInfo;
            string? realTarget = null;
            if (isLink)
            {
                realTarget = RealPath(entry);
                if (realTarget is null)
                {
                    notes.Add(new WalkNote(entryRelative, "Symbolic link could not be resolved; skipped."));
                    continue;
                }
                if (!IsUnder(realTarget, realRoot))
                {
                    notes.Add(new WalkNote(entryRelative, "Symbolic link points outside the scan root; not followed."));
                    continue;
                }
                isDirectory = Directory.Exists(realTarget);
            }

            if (isDirectory)
            {
                if (SkippedDirectories.Contains(entry.Name)) continue;
                if (IsIgnored(ignores, entryRelative, true)) continue;
                if (Matches(excludes, entryRelative)) continue;
                var real = realTarget ?? RealPath(entry) ?? entry.FullName;
                if (!visited.Add(real))
                {
                    notes.Add(new WalkNote(entryRelative, "Symbolic link leads to a folder already being walked (a loop); not followed."));
                    continue;
                }
                WalkDirectory(new DirectoryInfo(isLink ? realTarget! : entry.FullName), entryRelative, realRoot, includes, excludes, ignores, visited, files, notes);
                visited.Remove(real);
                continue;
            }

            if (IsIgnored(ignores, entryRelative, false)) continue;
            if (Matches(excludes, entryRelative)) continue;
            if (includes.Count > 0 && !Matches(includes, entryRelative)) continue;
            var family = FileClassifier.Classify(entryRelative);
            if (family == FileFamily.None) continue;
            if (!FileKinds.IsRegularOrUnknown(realTarget ?? entry.FullName))
            {
                // Opening a FIFO blocks until something writes to it: never open what is not a regular file.
                notes.Add(new WalkNote(entryRelative, "Not a regular file (a FIFO, socket or device); skipped without opening it."));
                continue;
            }
            files.Add(new DiscoveredFile(entryRelative, realTarget ?? entry.FullName, family));
        }

        if (addedIgnore) ignores.RemoveAt(ignores.Count - 1);
    }

    private static bool IsIgnored(List<GitIgnore> ignores, string relative, bool isDirectory)
    {
        // Deeper ignore files override shallower ones, so the deepest that decides wins.
        for (var i = ignores.Count - 1; i >= 0; i--)
        {
            var decision = ignores[i].Decide(relative, isDirectory);
            if (decision.HasValue) return decision.Value;
        }
        return false;
    }

    private static bool Matches(IReadOnlyList<Glob> globs, string relative)
    {
        foreach (var glob in globs)
        {
            if (glob.IsMatch(relative)) return true;
        }
        return false;
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;

    private static string? RealPath(FileSystemInfo info)
    {
        try
        {
            if (info.LinkTarget is null) return Path.GetFullPath(info.FullName).TrimEnd(Path.DirectorySeparatorChar);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists) return null;
            return Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            // Too many levels of links (a link that points at itself) ends up here.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
