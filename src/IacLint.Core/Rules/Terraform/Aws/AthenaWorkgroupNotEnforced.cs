using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1169: clients can override an Athena workgroup's settings, including result encryption.</summary>
public sealed class AthenaWorkgroupNotEnforced : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1169",
        Name: "aws-athena-workgroup-not-enforced",
        Title: "Athena workgroup settings can be overridden by clients",
        Description: "An `aws_athena_workgroup` sets `configuration.enforce_workgroup_configuration = false`, or has no `configuration` block (AWS then lets clients override the workgroup's settings). Inside the block the provider's default is true.",
        Why: "When clients may override the workgroup, any query can send its results to another location without encryption: the workgroup's encryption and output settings become suggestions.",
        HowToFix: "Add `configuration { enforce_workgroup_configuration = true }` with the result location and encryption.",
        Example: """
            ```hcl
            resource "aws_athena_workgroup" "analysts" {
              configuration {
                enforce_workgroup_configuration = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "athena"],
        Area: AuditArea.Config,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0007", "tfsec:aws-athena-no-encryption-override"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_athena_workgroup"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enforce_workgroup_configuration"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "lets clients override its settings";

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (no configuration block: clients may override)";
}
