using IacLint.Findings;

namespace IacLint.Configuration;

/// <summary>A rule's setting in <c>iaclint.toml</c>: off, on, or on at another level.</summary>
public sealed record RuleSetting(bool Enabled, Level? Level);

/// <summary>A problem in <c>iaclint.toml</c>, with the 1-based line and column it is at.</summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): error IAC0000: {Message}";
}

/// <summary>The settings of <c>iaclint.toml</c>; <see cref="Default"/> when there is none.</summary>
public sealed class IacLintConfig
{
    public static readonly IacLintConfig Default = new();

    /// <summary>The file the settings came from, or null.</summary>
    public string? SourcePath { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public Level? FailOn { get; init; }

    /// <summary>Per rule id (not name): the names in the file are resolved when it is loaded.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    /// <summary>Extra aliases per canonical environment name, e.g. production = ["prod-eu"].</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EnvironmentAliases { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Environments compared in order, each with the next (default staging → production).</summary>
    public IReadOnlyList<string> CompareChain { get; init; } = ["staging", "production"];

    /// <summary>Drift that is intended: globs over the compared keys (<c>ConnectionStrings:*</c>,
    /// <c>aws_db_instance.*.instance_class</c>, <c>Deployment/*:spec.replicas</c>).</summary>
    public IReadOnlyList<string> ExpectedDrift { get; init; } = [];

    public const string FileName = "iaclint.toml";
}
