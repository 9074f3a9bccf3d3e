using IacLint.Findings;

namespace IacLint.Rules.Drift;

/// <summary>IAC6004: Version differs between staging and production.</summary>
public sealed class DriftVersionSkew : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC6004",
        Name: "drift-version-skew",
        Title: "Version differs between staging and production",
        Description: "An image tag, module version or ref, provider constraint or engine version differs between the environments. Production ahead of staging (never exercised in staging) is a warning; behind is a note.",
        Why: "A version that runs in production without having run in staging is an untested release; one far behind drifts out of support and makes the next upgrade bigger.",
        HowToFix: "Promote the same version through staging first; keep production behind only on purpose, and declare it.",
        Example: "Staging runs `orders:1.9.0`, production `orders:2.0.0`.",
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["drift", "versioning"],
        Area: AuditArea.Drift,
        Precision: Precision.High);
}
