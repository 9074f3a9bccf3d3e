using IacLint.Rules;

namespace IacLint.Reporting;

/// <summary>The audit areas reports group rules and findings by, in the order reports show them.</summary>
public static class AuditAreas
{
    // TODO(merge): replace with RuleDescriptor.Area once main has it.
    public static IReadOnlyList<string> All { get; } = ["access", "exposure", "encryption", "logging", "backup", "patching", "secrets", "drift", "config"];

    public static string Of(RuleDescriptor rule) => rule.Id switch
    {
        "IAC5001" or "IAC4014" => "secrets",
        _ when rule.Id.StartsWith("IAC6", StringComparison.Ordinal) => "drift",
        _ when rule.Tags.Contains("encryption") => "encryption",
        _ when rule.Tags.Contains("network") => "exposure",
        _ => "config",
    };
}
