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
/// exclude globs, and never follows a symbolic link out of the root or into a loop. Sibling folders are walked in
/// parallel; files come back sorted by path and notes in the order a walk one folder at a time meets them.
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
        var traversal = new Traversal(realRoot, includes, excludes);
        var notes = traversal.Directory(rootInfo, "", new Ancestor(realRoot, null), []);
        var files = traversal.Files.ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new WalkResult(files, notes);
    }

    /// <summary>The real paths of the folders from the root down to the one being walked: a link to one of them is a loop.</summary>
    private sealed record Ancestor(string RealPath, Ancestor? Parent)
    {
        public bool Contains(string realPath) => RealPath == realPath || (Parent?.Contains(realPath) ?? false);
    }

    private sealed class Traversal(string realRoot, IReadOnlyList<Glob> includes, IReadOnlyList<Glob> excludes)
    {
        public System.Collections.Concurrent.ConcurrentBag<DiscoveredFile> Files { get; } = [];

        /// <summary>Walks one folder, its subfolders in parallel.</summary>
        /// <param name="ignores">The ignore files of the folders above, shallowest first.</param>
        /// <returns>The notes of the folder and everything under it, in walk order.</returns>
        public List<WalkNote> Directory(DirectoryInfo directory, string relative, Ancestor ancestors, GitIgnore[] ignores)
        {
            var notes = new List<WalkNote>();
            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                notes.Add(new WalkNote(relative.Length == 0 ? "." : relative, $"Folder could not be read: {e.Message}"));
                return notes;
            }

            var gitignorePath = Path.Combine(directory.FullName, ".gitignore");
            if (File.Exists(gitignorePath))
            {
                // Through the confined reader: a .gitignore that is a FIFO or a link out of the root is never opened.
                var (text, problem) = ConfinedFiles.ReadText(realRoot, gitignorePath, Join(relative, ".gitignore"));
                if (text is not null) ignores = [.. ignores, GitIgnore.Parse(relative, text)];
                else notes.Add(new WalkNote(Join(relative, ".gitignore"), $"Ignore file {problem}."));
            }

            // Subfolders are walked after this folder's entries, on both cores; their notes go where a sequential
            // walk would have written them (after the notes of the entries before them).
            var subfolders = new List<(int NotesBefore, DirectoryInfo Directory, string Relative, Ancestor Ancestors)>();
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
                    isDirectory = System.IO.Directory.Exists(realTarget);
                }

                if (isDirectory)
                {
                    if (SkippedDirectories.Contains(entry.Name)) continue;
                    if (IsIgnored(ignores, entryRelative, true)) continue;
                    if (Matches(excludes, entryRelative)) continue;
                    var real = realTarget ?? RealPath(entry) ?? entry.FullName;
                    if (ancestors.Contains(real))
                    {
                        notes.Add(new WalkNote(entryRelative, "Symbolic link leads to a folder already being walked (a loop); not followed."));
                        continue;
                    }
                    subfolders.Add((notes.Count, new DirectoryInfo(isLink ? realTarget! : entry.FullName), entryRelative, new Ancestor(real, ancestors)));
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
                Files.Add(new DiscoveredFile(entryRelative, realTarget ?? entry.FullName, family));
            }

            var below = new List<WalkNote>[subfolders.Count];
            Parallel.For(0, subfolders.Count, i => below[i] = Directory(subfolders[i].Directory, subfolders[i].Relative, subfolders[i].Ancestors, ignores));
            if (below.All(b => b.Count == 0)) return notes;
            var ordered = new List<WalkNote>();
            var taken = 0;
            for (var i = 0; i < subfolders.Count; i++)
            {
                ordered.AddRange(notes.Skip(taken).Take(subfolders[i].NotesBefore - taken));
                taken = subfolders[i].NotesBefore;
                ordered.AddRange(below[i]);
            }
            ordered.AddRange(notes.Skip(taken));
            return ordered;
        }
    }

    private static bool IsIgnored(GitIgnore[] ignores, string relative, bool isDirectory)
    {
        // Deeper ignore files override shallower ones, so the deepest that decides wins.
        for (var i = ignores.Length - 1; i >= 0; i--)
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
