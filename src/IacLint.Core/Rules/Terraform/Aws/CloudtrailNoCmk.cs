using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1073: cloudTrail logs are not encrypted with a customer managed key.</summary>
public sealed class CloudtrailNoCmk : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1073",
        Name: "aws-cloudtrail-no-cmk",
        Title: "CloudTrail logs are not encrypted with a customer managed key",
        Description: "An `aws_cloudtrail` leaves `kms_key_id` unset, so its log files are encrypted only with S3 managed keys.",
        Why: "With SSE-KMS, reading the audit trail also needs the key: a leaked S3 read permission is not enough, and every decryption is itself logged.",
        HowToFix: "Set `kms_key_id` to an `aws_kms_key` whose policy lets CloudTrail encrypt and only the security team decrypt.",
        Example: """
            ```hcl
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = aws_s3_bucket.trail.id
              kms_key_id     = aws_kms_key.trail.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.5,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_35", "trivy:AVD-AWS-0015", "tfsec:aws-cloudtrail-encryption-customer-managed-key"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override string Attribute => "kms_key_id";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "log files are encrypted with S3 managed keys only";

    protected override string Problem => "is not encrypted with a customer managed key";
}
