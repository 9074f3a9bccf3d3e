using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1109: a DynamoDB table cannot be restored to a point in time.</summary>
public sealed class DynamoDbPointInTimeRecoveryDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1109",
        Name: "aws-dynamodb-point-in-time-recovery-disabled",
        Title: "DynamoDB point-in-time recovery is off",
        Description: "An `aws_dynamodb_table` has no `point_in_time_recovery` block, or one with `enabled = false` (the default is off).",
        Why: "Without point-in-time recovery a bad deploy, a buggy batch job or a malicious delete cannot be undone: DynamoDB keeps no history of the table unless you take on-demand backups yourself.",
        HowToFix: "Add `point_in_time_recovery { enabled = true }` (35 days of continuous backups).",
        Example: """
            ```hcl
            resource "aws_dynamodb_table" "orders" {
              point_in_time_recovery {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "dynamodb"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AWS-0024", "tfsec:aws-dynamodb-enable-recovery", "checkov:CKV_AWS_28"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_dynamodb_table"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["point_in_time_recovery"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "cannot be restored to a point in time";
}
