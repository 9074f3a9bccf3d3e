using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1003: an S3 bucket has no public access block at all (each setting of a block has its own rule, IAC1030–IAC1033).</summary>
public sealed class S3PublicAccessBlock : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1003",
        Name: "aws-s3-public-access-block",
        Title: "S3 bucket without a public access block",
        Description: "An `aws_s3_bucket` has no `aws_s3_bucket_public_access_block` pointing at it, and the configuration has no account-wide `aws_s3_account_public_access_block`. The four settings of a block are checked by IAC1030 (`block_public_acls`), IAC1031 (`block_public_policy`), IAC1032 (`ignore_public_acls`) and IAC1033 (`restrict_public_buckets`).",
        Why: "The public access block is the guard rail that stops a later ACL or bucket policy from making data public by mistake. Without one, one wrong policy line exposes the bucket.",
        HowToFix: "Add an `aws_s3_bucket_public_access_block` for the bucket with all four settings `true`, or block public access for the whole account.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_public_access_block" "data" {
              bucket                  = aws_s3_bucket.data.id
              block_public_acls       = true
              block_public_policy     = true
              ignore_public_acls      = true
              restrict_public_buckets = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.5,
        Tags: ["security", "public-exposure", "terraform", "aws", "s3"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV2_AWS_6", "trivy:AVD-AWS-0094", "tfsec:aws-s3-specify-public-access-block"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        if (configuration.OfType("aws_s3_account_public_access_block").Count > 0) yield break;
        if (Companions.For(configuration, bucket, "aws_s3_bucket_public_access_block", "bucket").Any()) yield break;
        if (Companions.AnyUnresolved(configuration, bucket, "aws_s3_bucket_public_access_block", "bucket"))
        {
            yield return Report(bucket, null, $"Could not tell whether a public access block applies to {bucket.Address}: a block's bucket is known only after apply.") with { Level = Level.Note };
        }
        else
        {
            yield return Report(bucket, null, $"{bucket.Address} has no aws_s3_bucket_public_access_block.");
        }
    }
}
