using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0007: Terraform itself rejects the module (a duplicate name, a module cycle, count with for_each…).</summary>
public sealed class InvalidTerraformConfiguration : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0007",
        Name: "invalid-terraform-configuration",
        Title: "Terraform configuration is invalid",
        Description: "The module parses but Terraform would refuse it during `terraform validate`: two resources, data sources, modules, variables, outputs, locals or provider aliases with the same name; a module that calls itself or a cycle of local module calls; `count` and `for_each` on one block; an unknown block type at the top level. The finding is at the second declaration with the first as a related location. IacLint audits the rest of the module, keeping the first declaration, as Terraform's message does.",
        Why: "A configuration Terraform refuses cannot be planned or applied, and an auditor that stops at it leaves the rest of the repository unaudited.",
        HowToFix: "Rename or remove the second declaration, break the module cycle, keep only one of `count` and `for_each`, or fix the block type's spelling.",
        Example: """
            ```hcl
            resource "aws_s3_bucket" "foo-bucket" { bucket = "a" }
            resource "aws_s3_bucket" "foo-bucket" { bucket = "b" }   # Duplicate resource "aws_s3_bucket" configuration
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: null,
        Tags: ["engine", "terraform", "correctness"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
