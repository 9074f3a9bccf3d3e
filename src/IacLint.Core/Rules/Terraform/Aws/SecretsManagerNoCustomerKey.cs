using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1166: a Secrets Manager secret is encrypted with the AWS-managed key.</summary>
public sealed class SecretsManagerNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1166",
        Name: "aws-secretsmanager-no-cmk",
        Title: "Secrets Manager secret is not encrypted with a customer-managed key",
        Description: "An `aws_secretsmanager_secret` has no `kms_key_id` (or an empty one, or `alias/aws/secretsmanager`), so it is encrypted with the AWS-managed key.",
        Why: "With the AWS-managed key, any principal allowed `secretsmanager:GetSecretValue` can read the secret: the key adds no second gate, the secret cannot be shared with another account, and decryption cannot be revoked or audited per key.",
        HowToFix: "Set `kms_key_id` to a customer-managed key whose policy grants decryption only to the roles that need the secret.",
        Example: """
            ```hcl
            resource "aws_secretsmanager_secret" "db" {
              kms_key_id = aws_kms_key.secrets.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "secretsmanager", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0098", "tfsec:aws-ssm-secret-use-customer-key", "checkov:CKV_AWS_149"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_secretsmanager_secret"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_id"];

    protected override string Problem => "is not encrypted with a customer-managed key";
}
