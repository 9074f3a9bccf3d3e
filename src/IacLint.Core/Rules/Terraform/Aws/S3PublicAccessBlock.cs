using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1003: an S3 bucket has no public access block, or one with a protection switched off.</summary>
public sealed class S3PublicAccessBlock : ResourceRule
{
    private static readonly string[] Flags = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1003",
        Name: "aws-s3-public-access-block",
        Title: "S3 bucket without a complete public access block",
        Description: "An `aws_s3_bucket` has no `aws_s3_bucket_public_access_block` pointing at it (and no account-wide `aws_s3_account_public_access_block` with every setting on), or its block sets one of `block_public_acls`, `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets` to false or leaves it unset.",
        Why: "The public access block is the guard rail that stops a later ACL or bucket policy from making data public by mistake. Without all four settings, one wrong policy line exposes the bucket.",
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
        EquivalentIds: ["checkov:CKV2_AWS_6", "checkov:CKV_AWS_53", "checkov:CKV_AWS_54", "checkov:CKV_AWS_55", "checkov:CKV_AWS_56",
            "trivy:AVD-AWS-0094", "trivy:AVD-AWS-0086", "trivy:AVD-AWS-0087", "trivy:AVD-AWS-0091", "trivy:AVD-AWS-0093",
            "tfsec:aws-s3-specify-public-access-block", "tfsec:aws-s3-block-public-acls", "tfsec:aws-s3-block-public-policy",
            "tfsec:aws-s3-ignore-public-acls", "tfsec:aws-s3-no-public-buckets"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        var accountWide = configuration.OfType("aws_s3_account_public_access_block").Any(r => Flags.All(f => IsTrue(r.Body.Attribute(f)?.Value)));
        if (accountWide) yield break;
        var blocks = S3Companions.For(configuration, bucket, "aws_s3_bucket_public_access_block").ToList();
        if (blocks.Count == 0)
        {
            if (S3Companions.AnyUnresolved(configuration, bucket, "aws_s3_bucket_public_access_block"))
            {
                yield return Report(bucket, null, $"Could not tell whether a public access block applies to {bucket.Address}: a block's bucket is known only after apply.") with { Level = Level.Note };
            }
            else
            {
                yield return Report(bucket, null, $"{bucket.Address} has no aws_s3_bucket_public_access_block.");
            }
            yield break;
        }
        foreach (var block in blocks)
        {
            foreach (var flag in Flags)
            {
                var attribute = block.Body.Attribute(flag);
                if (attribute is not null && !attribute.Value.IsKnown)
                {
                    yield return CouldNotEvaluate(block, attribute, flag, attribute.Value);
                }
                else if (!IsTrue(attribute?.Value))
                {
                    var finding = attribute is null
                        ? Report(block, null, $"{block.Address} does not set {flag} (default false) for {bucket.Address}.")
                        : Report(block, attribute, $"{block.Address} sets {flag} to false for {bucket.Address}.");
                    yield return finding;
                }
            }
        }
    }
}
