using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1013: requests to an S3 bucket are not logged.</summary>
public sealed class S3AccessLoggingDisabled : S3CompanionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1013",
        Name: "aws-s3-access-logging-disabled",
        Title: "S3 bucket access logging is not enabled",
        Description: "An `aws_s3_bucket` has no `aws_s3_bucket_logging` (nor an inline `logging` block). Buckets that receive other buckets' access logs are exempt.",
        Why: "Server access logs are how you find out who read or changed data after an incident; without them the investigation starts blind.",
        HowToFix: "Add `aws_s3_bucket_logging` with a `target_bucket` dedicated to logs.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_logging" "data" {
              bucket        = aws_s3_bucket.data.id
              target_bucket = aws_s3_bucket.logs.id
              target_prefix = "data/"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.7,
        Tags: ["observability", "security", "terraform", "aws", "s3"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_18", "trivy:AVD-AWS-0089", "tfsec:aws-s3-enable-logging"],
        Precision: Precision.Medium);

    protected override string CompanionType => "aws_s3_bucket_logging";

    protected override string InlineBlock => "logging";

    protected override string Setting => "access logging";

    /// <summary>A bucket that receives access logs does not log into itself.</summary>
    protected override bool Exempt(ResourceInstance bucket, TerraformConfiguration configuration) => S3Companions.IsLogTarget(configuration, bucket);
}
