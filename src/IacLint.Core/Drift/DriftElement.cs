using IacLint.Findings;

namespace IacLint.Drift;

/// <summary>The families drift compares; each names its elements its own way.</summary>
public enum DriftFamily
{
    AppSettings,
    Terraform,
    Kubernetes,
    Config,
    /// <summary>Terragrunt units, paired by their path below the environment folder.</summary>
    Terragrunt,
}

/// <summary>What kind of value an element holds, so versions are compared as versions.</summary>
public enum DriftValueKind
{
    /// <summary>The element exists (a resource, an object, a section); it has no value of its own.</summary>
    Presence,
    Value,
    /// <summary>A version: an image tag, a module or provider version, an engine version.</summary>
    Version,
}

/// <summary>
/// One comparable thing in one environment: a configuration key, a resource attribute, an object field.
/// </summary>
/// <param name="Group">What it belongs to, shown to users (the app folder, the overlay, the root module).</param>
/// <param name="Key">Its identity across environments: a key path, a resource address + attribute, Kind/name + path.</param>
/// <param name="Value">The value as text (null for presence-only elements).</param>
/// <param name="IsSecret">The value must never be shown.</param>
/// <param name="Owner">The logical location findings on its owner use (resource address, Kind/namespace/name, key).</param>
public sealed record DriftElement(
    DriftFamily Family,
    string Group,
    string Key,
    string? Value,
    DriftValueKind Kind,
    Location Location,
    bool IsSecret,
    string Owner);

/// <summary>All elements of one environment.</summary>
public sealed class EnvironmentSnapshot(string environment)
{
    public string Environment { get; } = environment;

    public Dictionary<(DriftFamily Family, string Group, string Key), DriftElement> Elements { get; } = [];

    /// <summary>A location in this environment for each group (its production file, overlay, root module): where
    /// a finding about something missing there points.</summary>
    public Dictionary<(DriftFamily Family, string Group), Location> GroupLocations { get; } = [];

    /// <summary>The drift group of each configuration scope seen in this environment (a Terraform root folder →
    /// <c>terraform envs/*</c>), so a rule finding is paired with its own configuration's counterpart.</summary>
    public Dictionary<string, string> ScopeGroups { get; } = new(StringComparer.Ordinal);

    public void Add(DriftElement element) => Elements.TryAdd((element.Family, element.Group, element.Key), element);
}
