namespace IacLint.Reporting.Sarif;

/// <summary>
/// The folder SARIF paths are relative to (<c>%SRCROOT%</c>): the repository root, the nearest folder with
/// <c>.git</c> at or above the audited folder, else the audited folder itself. Code scanning resolves SARIF paths
/// against the repository root, so auditing a subfolder must still write repository-relative paths.
/// </summary>
public sealed record SourceRoot(string Folder, string AuditedFolder)
{
    /// <summary>The source root of an audit of <paramref name="auditedRoot"/> (an absolute folder).</summary>
    public static SourceRoot Of(string auditedRoot)
    {
        var audited = Path.TrimEndingDirectorySeparator(Path.GetFullPath(auditedRoot));
        for (var folder = audited; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            // A worktree or submodule has a .git file instead of a folder.
            if (!Directory.Exists(Path.Combine(folder, ".git")) && !File.Exists(Path.Combine(folder, ".git"))) continue;
            var relative = Path.GetRelativePath(folder, audited).Replace('\\', '/');
            return new SourceRoot(folder, relative == "." ? "" : relative + "/");
        }
        return new SourceRoot(audited, "");
    }

    /// <summary>What <c>%SRCROOT%</c> is, for the run's <c>originalUriBaseIds</c>.</summary>
    public string Description => AuditedFolder.Length == 0
        ? "The audited folder; paths are relative to it."
        : $"The repository root (the nearest folder with .git above the audited folder); paths are relative to it. Only {AuditedFolder.TrimEnd('/')} was audited.";

    /// <summary>The local path of a result's URI, resolved against the run's <c>%SRCROOT%</c> when it is a local
    /// folder, else against <paramref name="fallbackRoot"/>.</summary>
    public static string LocalPath(SarifRun run, string? uri, string fallbackRoot)
    {
        var relative = Uri.UnescapeDataString(uri ?? "");
        if (run.OriginalUriBaseIds?.GetValueOrDefault(SarifWriter.SourceRootId)?.Uri is { } baseUri &&
            Uri.TryCreate(baseUri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(Path.Combine(parsed.LocalPath, relative.Replace('/', Path.DirectorySeparatorChar)));
        }
        return Path.Combine(fallbackRoot, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
