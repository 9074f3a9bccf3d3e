namespace IacLint.Engine;

/// <summary>What to scan and how; the CLI and the MSBuild task both fill this in and call <see cref="Scanner"/>.</summary>
public sealed record ScanOptions
{
    /// <summary>The folder to audit; paths in findings are relative to it.</summary>
    public required string Root { get; init; }

    /// <summary><c>iaclint.toml</c> to use; when null, <c>ROOT/iaclint.toml</c> if it exists.</summary>
    public string? ConfigPath { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>A SARIF log of an earlier run: findings get a baseline state.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The day suppression expiry dates are compared with; today in UTC unless a test fixes it.</summary>
    public DateOnly? Today { get; init; }

    public long MaxFileBytes { get; init; } = Discovery.SourceLoader.DefaultMaxBytes;

    /// <summary>Environments to compare for drift, earliest first; null uses iaclint.toml (default staging, production).</summary>
    public IReadOnlyList<string>? CompareChain { get; init; }

    /// <summary>Terraform variable files applied to every root module after its own tfvars (like -var-file).</summary>
    public IReadOnlyList<string> TerraformVarFiles { get; init; } = [];

    /// <summary>Terraform variable values applied last (like -var NAME=VALUE).</summary>
    public IReadOnlyDictionary<string, string> TerraformVars { get; init; } = new Dictionary<string, string>();

    /// <summary>Rules run beside the registry's (tests use it to inject a failing rule).</summary>
    internal IReadOnlyList<Rules.IRule> AdditionalRules { get; init; } = [];
}
