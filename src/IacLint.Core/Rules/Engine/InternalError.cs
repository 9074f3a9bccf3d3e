using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0006: one unit of work (a file, a root module, an overlay build, a rule over one element, a drift
/// family) failed inside IacLint; the rest of the audit ran.</summary>
public sealed class InternalError : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0006",
        Name: "internal-error",
        Title: "IacLint failed on part of the configuration",
        Description: "An unexpected error inside IacLint stopped one unit of work: reading a file, loading a root module, building a Kustomize overlay, one rule on one element, or one drift family. The finding names the unit, the error type and its message; everything else was audited as usual.",
        Why: "A bug in the auditor must not hide the rest of the report, and must not pass silently either: the part it stopped on was not audited.",
        HowToFix: "Please report it (the message and, if you can, a reduced copy of the file) so it can be fixed. Until then the unit named in the finding is not audited; suppress the finding with a reason if that is accepted.",
        Example: """
            `main.tf:1:1: IacLint failed while running IAC1005 on aws_ebs_volume.data (internal error: InvalidOperationException: …); this part was not audited. Please report it.`
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: null,
        Tags: ["engine", "could-not-evaluate"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
