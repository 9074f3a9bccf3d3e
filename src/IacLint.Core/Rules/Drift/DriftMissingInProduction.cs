using IacLint.Findings;

namespace IacLint.Rules.Drift;

/// <summary>IAC6001: In staging, missing in production.</summary>
public sealed class DriftMissingInProduction : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC6001",
        Name: "drift-missing-in-production",
        Title: "In staging, missing in production",
        Description: "Something that exists in the earlier environment of a compared pair (staging by default) is missing in the later one (production): an appsettings key, a Terraform resource or attribute, a Kubernetes object or field, a config key.",
        Why: "Production then runs without what was tested: a missing feature flag falls back to its default, a missing resource was never created, a missing env var crashes the service at start-up.",
        HowToFix: "Add it to production, or declare the difference as expected in iaclint.toml (`[drift] expected = [\"Key:*\"]`) or with an `iaclint-ignore IAC6001: reason` comment.",
        Example: "`appsettings.Staging.json` sets `Features:NewCheckout` and `appsettings.Production.json` does not (and neither does the base file).",
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["drift"],
        Area: AuditArea.Drift,
        Precision: Precision.High);
}
