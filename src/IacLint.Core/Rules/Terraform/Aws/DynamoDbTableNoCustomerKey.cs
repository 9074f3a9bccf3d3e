using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1110: a DynamoDB table is encrypted with an AWS-owned or AWS-managed key.</summary>
public sealed class DynamoDbTableNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1110",
        Name: "aws-dynamodb-table-no-cmk",
        Title: "DynamoDB table is not encrypted with a customer-managed key",
        Description: "An `aws_dynamodb_table` has no `server_side_encryption` block, one with `enabled = false`, or one whose `kms_key_arn` is missing or the AWS-managed `alias/aws/dynamodb`: the table is encrypted with a key you do not control.",
        Why: "With an AWS-owned or AWS-managed key you cannot restrict or audit who decrypts the table's data (key usage does not appear under your key in CloudTrail), nor revoke access by disabling the key.",
        HowToFix: "Add `server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.x.arn }` with a customer-managed key.",
        Example: """
            ```hcl
            resource "aws_dynamodb_table" "orders" {
              server_side_encryption {
                enabled     = true
                kms_key_arn = aws_kms_key.dynamodb.arn
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "dynamodb", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0025", "tfsec:aws-dynamodb-table-customer-key", "checkov:CKV_AWS_119"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_dynamodb_table"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["server_side_encryption"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_arn"];

    protected override string Fallback => "an AWS-owned key";

    protected override string Problem => "is not encrypted with a customer-managed key";

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        // A block with enabled = false falls back to the AWS-owned key whatever key it names.
        var disabled = resource.Body.Blocks("server_side_encryption").Select(b => b.Attribute("enabled")).FirstOrDefault(a => a is not null && IsFalse(a.Value));
        return disabled is not null
            ? [Report(resource, disabled, $"{resource.Address} {Problem}: server_side_encryption.enabled = false ({Fallback} is used).")]
            : base.Check(resource, configuration);
    }
}
