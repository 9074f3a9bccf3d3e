using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1077: cloudTrail bucket has no access logging.</summary>
public sealed class CloudtrailBucketNotLogged : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1077",
        Name: "aws-cloudtrail-bucket-not-logged",
        Title: "CloudTrail bucket has no access logging",
        Description: "The `aws_s3_bucket` an `aws_cloudtrail` writes to (`s3_bucket_name`) has no server access logging (inline `logging` or `aws_s3_bucket_logging`).",
        Why: "Access logs of the trail bucket show who read or deleted audit logs; without them tampering with the trail itself goes unnoticed.",
        HowToFix: "Add `aws_s3_bucket_logging` for the trail bucket, targeting a separate log bucket.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_logging" "trail" {
              bucket        = aws_s3_bucket.trail.id
              target_bucket = aws_s3_bucket.access_logs.id
              target_prefix = "trail/"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0163", "tfsec:aws-cloudtrail-require-bucket-access-logging"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override IEnumerable<Finding> Check(ResourceInstance trail, TerraformConfiguration configuration)
    {
        foreach (var bucket in S3Companions.Named(configuration, trail, "s3_bucket_name"))
        {
            if (bucket.Body.Blocks("logging").Any() || Companions.For(configuration, bucket, "aws_s3_bucket_logging", "bucket").Any()) continue;
            yield return Report(trail, trail.Body.Attribute("s3_bucket_name"), $"{trail.Address} writes to {bucket.Address}, which has no access logging.");
        }
    }
}
