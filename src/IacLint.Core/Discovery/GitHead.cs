using IacLint.Engine;

namespace IacLint.Discovery;

/// <summary>
/// The commit and branch checked out in the repository that contains a folder, read from the <c>.git</c> files
/// (HEAD, loose refs, packed-refs; worktrees and submodules through their <c>gitdir:</c> file). Never runs git:
/// a scanned repository's configuration and hooks are not to be trusted.
/// </summary>
public static class GitHead
{
    public static GitRevision? Read(string folder)
    {
        try
        {
            for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                var revision = Directory.Exists(dotGit) ? FromGitDirectory(dotGit) : File.Exists(dotGit) ? FromGitFile(dotGit) : null;
                if (revision is not null)
                {
                    var relative = Path.GetRelativePath(dir.FullName, Path.GetFullPath(folder)).Replace('\\', '/');
                    return revision with { PathInRepository = relative == "." ? "" : relative };
                }
                if (Directory.Exists(dotGit) || File.Exists(dotGit)) return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The revision is a courtesy for the report's scope; an unreadable .git must not stop the audit.
        }
        return null;
    }

    private static GitRevision? FromGitFile(string dotGitFile)
    {
        var text = File.ReadAllText(dotGitFile).Trim();
        const string Prefix = "gitdir:";
        if (!text.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var gitDir = text[Prefix.Length..].Trim();
        if (!Path.IsPathRooted(gitDir)) gitDir = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGitFile)!, gitDir));
        return Directory.Exists(gitDir) ? FromGitDirectory(gitDir) : null;
    }

    private static GitRevision? FromGitDirectory(string gitDir)
    {
        var headPath = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headPath)) return null;
        var head = File.ReadAllText(headPath).Trim();
        const string RefPrefix = "ref:";
        if (!head.StartsWith(RefPrefix, StringComparison.Ordinal)) return IsObjectId(head) ? new GitRevision(head, null) : null;

        var reference = head[RefPrefix.Length..].Trim();
        var branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : reference;
        // A linked worktree keeps HEAD in its own folder and the refs in the common one.
        var commonDir = gitDir;
        var commonFile = Path.Combine(gitDir, "commondir");
        if (File.Exists(commonFile))
        {
            var common = File.ReadAllText(commonFile).Trim();
            commonDir = Path.IsPathRooted(common) ? common : Path.GetFullPath(Path.Combine(gitDir, common));
        }
        foreach (var dir in gitDir == commonDir ? [gitDir] : new[] { gitDir, commonDir })
        {
            var loose = Path.Combine(dir, reference.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(loose) && File.ReadAllText(loose).Trim() is var id && IsObjectId(id)) return new GitRevision(id, branch);
        }
        var packed = Path.Combine(commonDir, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var space = line.IndexOf(' ');
                if (space > 0 && line.AsSpan(space + 1).SequenceEqual(reference) && IsObjectId(line[..space])) return new GitRevision(line[..space], branch);
            }
        }
        return null; // a branch without commits yet
    }

    private static bool IsObjectId(string text) =>
        text.Length is 40 or 64 && text.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;
}
