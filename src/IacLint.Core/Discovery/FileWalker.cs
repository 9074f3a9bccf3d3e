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
        var top = new Folder(rootInfo, "", new Ancestor(realRoot, null), []);
        // One depth at a time, every folder of it on both cores: no loop waits for another inside it.
        for (List<Folder> depth = [top]; depth.Count > 0; depth = [.. depth.SelectMany(f => f.Subfolders.Select(s => s.Folder))])
        {
            Parallel.ForEach(depth, traversal.Visit);
        }
        var files = traversal.Files.ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var notes = new List<WalkNote>();
        top.CollectNotes(notes);
        return new WalkResult(files, notes);
    }

    /// <summary>The real paths of the folders from the root down to the one being walked: a link to one of them is a loop.</summary>
    private sealed record Ancestor(string RealPath, Ancestor? Parent)
    {
        public bool Contains(string realPath) => RealPath == realPath || (Parent?.Contains(realPath) ?? false);
    }

    /// <summary>A folder to walk, with what it inherits from the folders above (their ignore files, shallowest first).</summary>
    private sealed record Folder(DirectoryInfo Directory, string Relative, Ancestor Ancestors, GitIgnore[] Ignores)
    {
        public List<WalkNote> Notes { get; } = [];

        /// <summary>Its subfolders to walk, each with how many of this folder's notes a walk meets before it.</summary>
        public List<(int NotesBefore, Folder Folder)> Subfolders { get; } = [];

        /// <summary>The notes of this folder and everything under it in the order a depth-first walk meets them.</summary>
        public void CollectNotes(List<WalkNote> into)
        {
            var taken = 0;
            foreach (var (notesBefore, subfolder) in Subfolders)
            {
                for (; taken < notesBefore; taken++) into.Add(Notes[taken]);
                subfolder.CollectNotes(into);
            }
            for (; taken < Notes.Count; taken++) into.Add(Notes[taken]);
        }
    }

    private sealed class Traversal(string realRoot, IReadOnlyList<Glob> includes, IReadOnlyList<Glob> excludes)
    {
        public System.Collections.Concurrent.ConcurrentBag<DiscoveredFile> Files { get; } = [];

        /// <summary>Lists one folder: its files, its notes and its subfolders (walked at the next depth).</summary>
        public void Visit(Folder folder)
        {
            var (directory, relative, ancestors, ignores) = folder;
            var notes = folder.Notes;
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

            // The listing says whether there may be one: no lookup by path in every folder.
            if (Array.Exists(entries, e => e.Name == ".gitignore") && Path.Combine(directory.FullName, ".gitignore") is var gitignorePath &&
                File.Exists(gitignorePath))
            {
                // Through the confined reader: a .gitignore that is a FIFO or a link out of the root is never opened.
                var (text, problem) = ConfinedFiles.ReadText(realRoot, gitignorePath, Join(relative, ".gitignore"));
                if (text is not null) ignores = [.. ignores, GitIgnore.Parse(relative, text)];
                else notes.Add(new WalkNote(Join(relative, ".gitignore"), $"Ignore file {problem}."));
            }

            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                var entryRelative = Join(relative, entry.Name);
                var isLink = IsLink(entry);
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
                    folder.Subfolders.Add((notes.Count, new Folder(new DirectoryInfo(isLink ? realTarget! : entry.FullName), entryRelative, new Ancestor(real, ancestors), ignores)));
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

    /// <summary>A symbolic link, told from the attributes the directory listing gave: asking every entry for its link
    /// target was a failing readlink call per file.</summary>
    private static bool IsLink(FileSystemInfo info) => (info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null;

    private static string? RealPath(FileSystemInfo info)
    {
        try
        {
            if (!IsLink(info)) return Path.GetFullPath(info.FullName).TrimEnd(Path.DirectorySeparatorChar);
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
