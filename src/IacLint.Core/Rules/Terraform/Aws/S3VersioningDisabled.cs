using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1012: an S3 bucket keeps no previous versions of its objects.</summary>
public sealed class S3VersioningDisabled : S3CompanionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1012",
        Name: "aws-s3-versioning-disabled",
        Title: "S3 bucket versioning is not enabled",
        Description: "An `aws_s3_bucket` has no `aws_s3_bucket_versioning` with `status = \"Enabled\"` (nor an inline `versioning { enabled = true }`). Buckets with object lock enabled are exempt: S3 enables versioning for them and it cannot be suspended.",
        Why: "Without versioning an overwrite or delete (a bug, a compromised key, ransomware) destroys the object for good.",
        HowToFix: "Add `aws_s3_bucket_versioning` with `versioning_configuration { status = \"Enabled\" }`, and a lifecycle rule to expire old versions.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_versioning" "data" {
              bucket = aws_s3_bucket.data.id
              versioning_configuration {
                status = "Enabled"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "backup", "terraform", "aws", "s3"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_21", "trivy:AVD-AWS-0090", "tfsec:aws-s3-enable-versioning"],
        Precision: Precision.High);

    protected override string CompanionType => "aws_s3_bucket_versioning";

    protected override string InlineBlock => "versioning";

    protected override string Setting => "versioning";

    protected override bool Exempt(ResourceInstance bucket, TerraformConfiguration configuration) =>
        IsTrue(bucket.Body.Attribute("object_lock_enabled")?.Value) ||
        bucket.Body.Blocks("object_lock_configuration").Any(b => b.Get("object_lock_enabled") is TfString { Value: "Enabled" });

    protected override IEnumerable<Finding> CheckCompanion(ResourceInstance bucket, ResourceInstance companion)
    {
        foreach (var configuration in companion.Body.Blocks("versioning_configuration"))
        {
            var status = configuration.Attribute("status");
            if (status is null) continue;
            if (!status.Value.IsKnown) yield return CouldNotEvaluate(companion, status, "versioning status", status.Value);
            else if (status.Value is TfString { Value: not "Enabled" } s) yield return Report(companion, status, $"{bucket.Address} has versioning \"{s.Value}\".");
        }
    }

    protected override IEnumerable<Finding> CheckInline(ResourceInstance bucket, BlockView block)
    {
        var enabled = block.Attribute("enabled");
        if (enabled is not null && !enabled.Value.IsKnown) yield return CouldNotEvaluate(bucket, enabled, "versioning.enabled", enabled.Value);
        else if (!IsTrue(enabled?.Value)) yield return Report(bucket, enabled, $"{bucket.Address} has versioning disabled.");
    }
}
