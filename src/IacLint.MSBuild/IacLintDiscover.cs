using IacLint.Configuration;
using IacLint.Discovery;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;
using TaskItem = Microsoft.Build.Utilities.TaskItem;

namespace IacLint.MSBuild;

/// <summary>
/// Resolves the folder to audit and lists the files the audit reads, with the same discovery as the engine, so the
/// audit target can be skipped when none of them changed.
/// </summary>
[MSBuildMultiThreadableTask]
public sealed class IacLintDiscover : Task
{
    [Required]
    public string ProjectDirectory { get; set; } = "";

    public string? SolutionDirectory { get; set; }

    /// <summary>IacLintRoot as the user set it, if at all.</summary>
    public string? Root { get; set; }

    /// <summary>IacLintConfig as the user set it, if at all.</summary>
    public string? Config { get; set; }

    [Output]
    public string ResolvedRoot { get; private set; } = "";

    /// <summary>The configuration file in effect, or empty.</summary>
    [Output]
    public string ResolvedConfig { get; private set; } = "";

    [Output]
    public ITaskItem[] Inputs { get; private set; } = [];

    public override bool Execute()
    {
        ResolvedRoot = Path.GetFullPath(string.IsNullOrWhiteSpace(Root) ? DefaultRoot() : Path.Combine(ProjectDirectory, Root));
        if (!Directory.Exists(ResolvedRoot))
        {
            Log.LogError(null, "IAC0000", null, null, 0, 0, 0, 0, $"IacLintRoot '{ResolvedRoot}' does not exist.");
            return false;
        }
        var config = string.IsNullOrWhiteSpace(Config) ? Path.Combine(ResolvedRoot, IacLintConfig.FileName) : Path.Combine(ProjectDirectory, Config);
        ResolvedConfig = File.Exists(config) || !string.IsNullOrWhiteSpace(Config) ? Path.GetFullPath(config) : "";

        var walk = FileWalker.Walk(ResolvedRoot, [], []);
        var inputs = walk.Files.Select(f => (ITaskItem)new TaskItem(f.FullPath)).ToList();
        if (ResolvedConfig.Length > 0 && File.Exists(ResolvedConfig)) inputs.Add(new TaskItem(ResolvedConfig));
        Inputs = inputs.ToArray();
        return true;
    }

    /// <summary>The repository root (the nearest folder above the project with .git), else the solution folder,
    /// else the project folder.</summary>
    private string DefaultRoot()
    {
        for (var directory = new DirectoryInfo(ProjectDirectory); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return directory.FullName;
        }
        return string.IsNullOrWhiteSpace(SolutionDirectory) || SolutionDirectory == "*Undefined*" ? ProjectDirectory : SolutionDirectory;
    }
}
