using IacLint.Findings;

namespace IacLint.Terragrunt;

/// <summary>
/// A Terragrunt unit (a folder with a <c>terragrunt.hcl</c>) after evaluation: its includes merged as Terragrunt
/// merges them, its effective inputs, module source and remote state, the environment its path names and the key
/// that pairs it with the same unit in other environments.
/// </summary>
public sealed class TerragruntUnit
{
    internal TerragruntUnit(TerragruntConfig config)
    {
        Config = config;
    }

    public TerragruntConfig Config { get; }

    public TerragruntFile File => Config.File;

    /// <summary>The unit's folder, relative to the scan root.</summary>
    public string Directory => File.Directory;

    public IReadOnlyList<TerragruntInclude> Includes { get; internal set; } = [];

    public IReadOnlyDictionary<string, TerragruntInput> Inputs { get; internal set; } = new Dictionary<string, TerragruntInput>();

    public TerragruntSource? Source { get; internal set; }

    public TerragruntRemoteState? RemoteState { get; internal set; }

    /// <summary>The names of the <c>generate</c> blocks of the unit and its includes.</summary>
    public IReadOnlyList<string> Generated { get; internal set; } = [];

    /// <summary>The canonical environment (production, staging, …) its path or its <c>env.hcl</c> names, or null.</summary>
    public string? Environment { get; internal set; }

    /// <summary>The environment as the repository spells it (the folder name <c>stage</c>, or the env.hcl value).</summary>
    public string? EnvironmentName { get; internal set; }

    /// <summary>Its identity across environments: the path below the environment folder (<c>mysql</c>,
    /// <c>services/api</c>).</summary>
    public string PairKey { get; internal set; } = "";

    /// <summary>The folder of the Terraform module a local source names (relative to the scan root), or null.</summary>
    public string? ModuleDirectory { get; internal set; }

    /// <summary>The first block or attribute of the unit's file: where a finding about the whole unit points.</summary>
    public Location Location => File.At(File.Body.Blocks.Select(b => b.HeaderSpan).Concat(File.Body.Attributes.Select(a => a.NameSpan))
        .OrderBy(s => s.StartOffset).FirstOrDefault(Syntax.SourceSpan.FileStart));
}
