using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0005: part of the configuration could not be loaded or expanded, so it was audited partly or not at all.</summary>
public sealed class CouldNotEvaluate : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0005",
        Name: "could-not-evaluate",
        Title: "Part of the configuration could not be evaluated",
        Description: "A module source that is not local (registry, git, S3…) is not fetched, so the resources inside it are not audited; or a resource's or module's `count`/`for_each` depends on values known only after apply, so it is audited as one instance. IacLint says so instead of passing silently.",
        Why: "Peers skip such resources without a word, and a clean report then hides what nobody looked at. A note keeps the gap visible.",
        HowToFix: "Vendor or check out the module locally and scan that too, or give the variables the expansion depends on values (a tfvars file, `--var`). When the gap is accepted, suppress the note with a reason.",
        Example: """
            ```hcl
            module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "5.8.1"
            }
            ```
            is noted: the registry module is not fetched.
            """,
        DefaultLevel: Level.Note,
        SecuritySeverity: null,
        Tags: ["engine", "could-not-evaluate", "terraform"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
