using IacLint.Findings;

namespace IacLint.Rules.Drift;

/// <summary>IAC6002: Only in production.</summary>
public sealed class DriftOnlyInProduction : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC6002",
        Name: "drift-only-in-production",
        Title: "Only in production",
        Description: "Something exists in the later environment (production) and not in the earlier one (staging).",
        Why: "What only production has was never exercised before it got there: a setting, a resource or a sidecar nobody tested.",
        HowToFix: "Add it to staging too, so the next change is tested where it will run, or declare the difference as expected.",
        Example: "`module.cdn` exists in `envs/production` only.",
        DefaultLevel: Level.Note,
        SecuritySeverity: null,
        Tags: ["drift"],
        Area: AuditArea.Drift,
        Precision: Precision.High);
}
