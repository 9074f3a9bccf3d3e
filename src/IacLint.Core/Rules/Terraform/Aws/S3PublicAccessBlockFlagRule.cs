using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// One setting of an S3 public access block (bucket or account) that must be true: Trivy and Checkov check each of
/// the four separately, and so do IAC1030–IAC1033. A bucket with no block at all is IAC1003.
/// </summary>
public abstract class S3PublicAccessBlockFlagRule(string id, string flag, string problem, string title, string why, IReadOnlyList<string> equivalents) : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: id,
        Name: $"aws-s3-{flag.Replace('_', '-')}-off",
        Title: title,
        Description: $"An `aws_s3_bucket_public_access_block` or `aws_s3_account_public_access_block` sets `{flag}` to false or leaves it unset (the default is false). A bucket with no block at all is IAC1003.",
        Why: why + " The four settings of a public access block only protect together.",
        HowToFix: $"Set `{flag} = true` (with the other three settings) on the bucket's or the account's public access block.",
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
        Tags: ["security", "terraform", "aws", "s3"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: equivalents,
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"];

    protected override IReadOnlyList<string> Attributes { get; } = [flag];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => problem;
}
