using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0004: a suppression whose <c>until</c> date has passed; the findings it covered are reported again.</summary>
public sealed class ExpiredSuppression : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0004",
        Name: "expired-suppression",
        Title: "Suppression has expired",
        Description: "An `iaclint-ignore … until YYYY-MM-DD` comment is past its date. The findings it suppressed are reported again.",
        Why: "Expiry dates turn 'later' into a date. When it passes, the decision needs to be made again: fix the problem or extend the suppression with a new reason.",
        HowToFix: "Fix the finding and delete the comment, or move the date and update the reason.",
        Example: """
            ```jsonc
            // iaclint-ignore IAC5002: debugging incident 4711 until 2026-01-31
            "Default": "Debug"
            ```
            After 31 January 2026 the IAC5002 finding returns, with this note beside it.
            """,
        DefaultLevel: Level.Note,
        SecuritySeverity: null,
        Tags: ["engine", "suppression"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
