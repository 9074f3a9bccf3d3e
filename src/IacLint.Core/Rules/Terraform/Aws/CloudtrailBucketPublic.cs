using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1076: cloudTrail logs go to a public S3 bucket.</summary>
public sealed class CloudtrailBucketPublic : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1076",
        Name: "aws-cloudtrail-bucket-public",
        Title: "CloudTrail logs go to a public S3 bucket",
        Description: "The `aws_s3_bucket` an `aws_cloudtrail` writes to (`s3_bucket_name`) has a public canned ACL (`public-read`, `public-read-write`, `authenticated-read`), inline or through `aws_s3_bucket_acl`.",
        Why: "The audit trail shows every API call of the account, with resource names, IP addresses and user names; in a public bucket it is a map of the account for anyone.",
        HowToFix: "Make the trail bucket private (`acl = \"private\"` or no ACL with `BucketOwnerEnforced`) and add a public access block.",
        Example: """
            ```hcl
            resource "aws_s3_bucket_acl" "trail" {
              bucket = aws_s3_bucket.trail.id
              acl    = "private"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0161", "tfsec:aws-cloudtrail-no-public-log-access"],
        Precision: Precision.High);

    private static readonly string[] PublicAcls = ["public-read", "public-read-write", "authenticated-read"];

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override IEnumerable<Finding> Check(ResourceInstance trail, TerraformConfiguration configuration)
    {
        foreach (var bucket in S3Companions.Named(configuration, trail, "s3_bucket_name"))
        {
            var acls = Companions.For(configuration, bucket, "aws_s3_bucket_acl", "bucket").Append(bucket).Select(r => r.Body.Attribute("acl")?.Value);
            if (acls.OfType<TfString>().FirstOrDefault(a => PublicAcls.Contains(a.Value)) is { } acl)
            {
                yield return Report(trail, trail.Body.Attribute("s3_bucket_name"), $"{trail.Address} writes to {bucket.Address}, which has the public ACL \"{acl.Value}\".");
            }
        }
    }
}
