using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1106: an Aurora/RDS cluster's storage is not encrypted with a customer-managed key.</summary>
public sealed class RdsClusterNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1106",
        Name: "aws-rds-cluster-no-cmk",
        Title: "RDS cluster storage is not encrypted with a customer-managed key",
        Description: "An `aws_rds_cluster` has no `kms_key_id` (or an empty or AWS-managed one): its storage is unencrypted, or encrypted with the AWS-managed key `aws/rds`.",
        Why: "With the AWS-managed key, anyone allowed to use RDS in the account can restore and read the cluster's snapshots, and the snapshots cannot be shared with another account. A customer-managed key restricts, audits and can revoke decryption.",
        HowToFix: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key ARN when creating the cluster (changing it later means restoring from a snapshot).",
        Example: """
            ```hcl
            resource "aws_rds_cluster" "orders" {
              storage_encrypted = true
              kms_key_id        = aws_kms_key.rds.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "rds", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0079", "tfsec:aws-rds-encrypt-cluster-storage-data"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_id"];

    protected override string Fallback => "unencrypted or the AWS-managed key";

    protected override string Problem => "is not encrypted with a customer-managed key";
}
