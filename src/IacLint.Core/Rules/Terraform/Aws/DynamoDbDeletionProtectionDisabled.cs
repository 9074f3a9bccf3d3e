using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1176: a DynamoDB table can be deleted in one step.</summary>
public sealed class DynamoDbDeletionProtectionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1176",
        Name: "aws-dynamodb-deletion-protection-disabled",
        Title: "DynamoDB table deletion protection is off",
        Description: "An `aws_dynamodb_table` has `deletion_protection_enabled` false or unset (the default is false).",
        Why: "A `terraform destroy`, a renamed resource or a console slip deletes the table and its point-in-time recovery history in one call.",
        HowToFix: "Set `deletion_protection_enabled = true` on tables that hold data you cannot recreate.",
        Example: """
            ```hcl
            resource "aws_dynamodb_table" "orders" {
              deletion_protection_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "dynamodb"],
        Area: AuditArea.Backup);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_dynamodb_table"];

    protected override IReadOnlyList<string> Attributes { get; } = ["deletion_protection_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "can be deleted without protection";
}
