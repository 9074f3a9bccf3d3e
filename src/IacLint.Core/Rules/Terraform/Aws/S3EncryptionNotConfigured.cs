using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1006: an S3 bucket has no server-side encryption configuration.</summary>
public sealed class S3EncryptionNotConfigured : S3CompanionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1006",
        Name: "aws-s3-encryption-not-configured",
        Title: "S3 bucket has no encryption configuration",
        Description: "An `aws_s3_bucket` has no `aws_s3_bucket_server_side_encryption_configuration` (nor an inline `server_side_encryption_configuration`), or has one whose `rule` sets no `apply_server_side_encryption_by_default`. Since 2023 AWS applies SSE-S3 by default, so this is about control: without a configuration there is no customer-managed key, no key policy and no audit trail of key use.",
        Why: "With an explicit configuration (ideally SSE-KMS with your own key) access to the data also needs access to the key, key use is logged in CloudTrail, and the encryption choice is reviewed in code instead of left to a default.",
        HowToFix: "Add `aws_s3_bucket_server_side_encryption_configuration` with `sse_algorithm = \"aws:kms\"` and a `kms_master_key_id`.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
              bucket = aws_s3_bucket.data.id
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm     = "aws:kms"
                  kms_master_key_id = aws_kms_key.data.arn
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "encryption", "terraform", "aws", "s3"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_19", "trivy:AVD-AWS-0088", "tfsec:aws-s3-enable-bucket-encryption"],
        RelatedIds: ["trivy:AVD-AWS-0132", "tfsec:aws-s3-encryption-customer-key"],
        Precision: Precision.Medium);

    protected override string CompanionType => "aws_s3_bucket_server_side_encryption_configuration";

    protected override string InlineBlock => "server_side_encryption_configuration";

    protected override string Setting => "server-side encryption configuration";

    protected override IEnumerable<Finding> CheckCompanion(ResourceInstance bucket, ResourceInstance companion) =>
        companion.Body.Blocks("rule").SelectMany(r => r.Blocks("apply_server_side_encryption_by_default")).Any()
            ? []
            : [Report(companion, null, $"{companion.Address} sets no apply_server_side_encryption_by_default for {bucket.Address}.")];
}
