using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1066: cloudFront distribution has no WAF web ACL.</summary>
public sealed class CloudfrontNoWaf : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1066",
        Name: "aws-cloudfront-no-waf",
        Title: "CloudFront distribution has no WAF web ACL",
        Description: "An `aws_cloudfront_distribution` leaves `web_acl_id` unset.",
        Why: "A web ACL at the edge blocks common exploits (SQL injection, known bad inputs), bots and floods before they reach the origin; without one every request is passed on.",
        HowToFix: "Create an `aws_wafv2_web_acl` with `scope = \"CLOUDFRONT\"` (at least the AWS managed common rule set) and set `web_acl_id` to its ARN.",
        Example: """
            ```hcl
            resource "aws_cloudfront_distribution" "site" {
              web_acl_id = aws_wafv2_web_acl.edge.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "cloudfront"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-693",
        EquivalentIds: ["checkov:CKV_AWS_68", "trivy:AVD-AWS-0011", "tfsec:aws-cloudfront-enable-waf"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudfront_distribution"];

    protected override string Attribute => "web_acl_id";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "no web ACL filters requests";

    protected override string Problem => "has no WAF web ACL";
}
