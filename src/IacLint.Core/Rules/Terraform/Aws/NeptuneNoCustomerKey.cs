using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1154: a Neptune cluster is not encrypted with a customer-managed key.</summary>
public sealed class NeptuneNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1154",
        Name: "aws-neptune-no-cmk",
        Title: "Neptune cluster is not encrypted with a customer-managed key",
        Description: "An `aws_neptune_cluster` has no `kms_key_arn` (or an empty or AWS-managed one): its storage is unencrypted or uses the AWS-managed `aws/rds` key.",
        Why: "With the AWS-managed key anyone allowed to use RDS/Neptune in the account can restore and read snapshots, and snapshots cannot be shared across accounts; a customer-managed key restricts, audits and revokes decryption.",
        HowToFix: "Set `storage_encrypted = true` and `kms_key_arn` to a customer-managed key when creating the cluster.",
        Example: """
            ```hcl
            resource "aws_neptune_cluster" "graph" {
              storage_encrypted = true
              kms_key_arn       = aws_kms_key.neptune.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "neptune", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0128", "tfsec:aws-neptune-encryption-customer-key", "checkov:CKV_AWS_347"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_neptune_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_arn"];

    protected override string Fallback => "unencrypted or the AWS-managed key";

    protected override string Problem => "is not encrypted with a customer-managed key";
}
