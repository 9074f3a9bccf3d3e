using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0002: an <c>iaclint-ignore</c> comment that cannot be honoured.</summary>
public sealed class InvalidSuppression : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0002",
        Name: "invalid-suppression",
        Title: "Suppression comment is not valid",
        Description: "An `iaclint-ignore` comment names no known rule, gives no reason, or has an expiry date that is not a date. It suppresses nothing.",
        Why: "A suppression is a recorded decision: which rule, why, and until when. One without a reason cannot be reviewed, and one naming an unknown rule silently suppresses nothing.",
        HowToFix: "Write `iaclint-ignore ID[,ID…]: reason` with rule ids or names from `iaclint rules`, optionally followed by `until YYYY-MM-DD`.",
        Example: """
            ```jsonc
            // iaclint-ignore IAC5004
            "AllowedHosts": "*"
            ```
            becomes
            ```jsonc
            // iaclint-ignore IAC5004: host filtering is done by the ingress until 2027-01-31
            "AllowedHosts": "*"
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["engine", "suppression"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
