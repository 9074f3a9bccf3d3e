using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1157: a DocumentDB cluster is not encrypted with a customer-managed key.</summary>
public sealed class DocDbNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1157",
        Name: "aws-documentdb-no-cmk",
        Title: "DocumentDB cluster is not encrypted with a customer-managed key",
        Description: "An `aws_docdb_cluster` has no `kms_key_id` (or an empty or AWS-managed one): its storage is unencrypted or uses the AWS-managed `aws/rds` key.",
        Why: "With the AWS-managed key anyone allowed to use the service in the account can restore and read snapshots, which cannot be shared across accounts; a customer-managed key restricts, audits and revokes decryption.",
        HowToFix: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed key when creating the cluster.",
        Example: """
            ```hcl
            resource "aws_docdb_cluster" "catalog" {
              storage_encrypted = true
              kms_key_id        = aws_kms_key.docdb.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "documentdb", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0022", "tfsec:aws-documentdb-encryption-customer-key"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_docdb_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_id"];

    protected override string Fallback => "unencrypted or the AWS-managed key";

    protected override string Problem => "is not encrypted with a customer-managed key";
}
