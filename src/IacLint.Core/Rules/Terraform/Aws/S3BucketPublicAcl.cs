using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1002: an S3 bucket ACL grants access to everyone or to every AWS account.</summary>
public sealed class S3BucketPublicAcl : ResourceRule
{
    private static readonly HashSet<string> PublicAcls = new(StringComparer.Ordinal) { "public-read", "public-read-write", "authenticated-read", "website" };

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1002",
        Name: "aws-s3-bucket-public-acl",
        Title: "S3 bucket ACL grants public access",
        Description: "An `aws_s3_bucket` (`acl`) or `aws_s3_bucket_acl` sets a canned ACL of `public-read`, `public-read-write`, `authenticated-read` or `website`.",
        Why: "A public ACL makes every object readable (or writable) by anyone on the internet or any AWS account; public buckets are among the most common causes of data leaks.",
        HowToFix: "Use the `private` ACL (or none, with object ownership `BucketOwnerEnforced`), and serve public content through CloudFront with origin access control.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_acl" "site" {
              bucket = aws_s3_bucket.site.id
              acl    = "public-read"
            }
            ```
            becomes `acl = "private"`, with CloudFront in front of the bucket.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.6,
        Tags: ["security", "public-exposure", "terraform", "aws", "s3"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_20", "trivy:AVD-AWS-0092", "tfsec:aws-s3-no-public-access-with-acl"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket", "aws_s3_bucket_acl"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var acl = resource.Body.Attribute("acl");
        if (acl is null) yield break;
        if (acl.Value is TfUnknown) yield return CouldNotEvaluate(resource, acl, "the ACL", acl.Value);
        else if (acl.Value is TfString s && PublicAcls.Contains(s.Value)) yield return Report(resource, acl, $"{resource.Address} uses the public ACL \"{s.Value}\".");
    }
}
