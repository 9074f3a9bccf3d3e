using IacLint.Findings;

namespace IacLint.Rules.Drift;

/// <summary>IAC6005: Value differs between staging and production.</summary>
public sealed class DriftValueDiffers : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC6005",
        Name: "drift-value-differs",
        Title: "Value differs between staging and production",
        Description: "Any other value that differs between the compared environments, unless declared expected in iaclint.toml (`[drift] expected`) or suppressed with a reason.",
        Why: "Most differences are intended (sizes, host names) and are declared once; the rest are how staging stops predicting production.",
        HowToFix: "Align the values, or declare the difference as expected so only new, undeclared drift is reported.",
        Example: "`Logging:LogLevel:Default` is `Information` in staging and `Debug` in production.",
        DefaultLevel: Level.Note,
        SecuritySeverity: null,
        Tags: ["drift"],
        Area: AuditArea.Drift,
        Precision: Precision.High);
}
