using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1151: an MSK cluster encrypts its storage with the AWS-managed key.</summary>
public sealed class MskAtRestNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1151",
        Name: "aws-msk-at-rest-no-cmk",
        Title: "MSK cluster storage is not encrypted with a customer-managed key",
        Description: "An `aws_msk_cluster` has no `encryption_info.encryption_at_rest_kms_key_arn`, so its broker storage is encrypted with the AWS-managed `aws/kafka` key.",
        Why: "Topic data retained on the brokers can then be decrypted by anything allowed to use MSK in the account; a customer-managed key restricts, audits and can revoke decryption.",
        HowToFix: "Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn }` when creating the cluster.",
        Example: """
            ```hcl
            encryption_info {
              encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "msk", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0179", "tfsec:aws-msk-enable-at-rest-encryption"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_msk_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["encryption_info"];

    protected override IReadOnlyList<string> Attributes { get; } = ["encryption_at_rest_kms_key_arn"];

    protected override string Problem => "is not encrypted with a customer-managed key";
}
