using IacLint.Findings;

namespace IacLint.Rules.Drift;

/// <summary>IAC6003: Production weaker than staging.</summary>
public sealed class DriftProductionWeaker : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC6003",
        Name: "drift-production-weaker",
        Title: "Production weaker than staging",
        Description: "A rule passes on an element in staging and fails on its counterpart in production: encryption on in staging, off in production; pinned image in staging, latest in production.",
        Why: "The control was tested and then lost on the way to production, where it matters most; reviewers rarely diff environments by hand.",
        HowToFix: "Make production at least as strict as staging; the finding names both sides.",
        Example: "`storage_encrypted = true` for staging's database and `false` for production's.",
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["drift", "security"],
        Area: AuditArea.Drift,
        Precision: Precision.High);
}
