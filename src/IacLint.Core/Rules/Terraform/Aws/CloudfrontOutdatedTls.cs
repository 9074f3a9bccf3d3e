using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1064: cloudFront distribution allows TLS older than 1.2.</summary>
public sealed class CloudfrontOutdatedTls : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1064",
        Name: "aws-cloudfront-outdated-tls",
        Title: "CloudFront distribution allows TLS older than 1.2",
        Description: "The `viewer_certificate` of an `aws_cloudfront_distribution` with its own certificate (not `cloudfront_default_certificate`) sets a `minimum_protocol_version` below `TLSv1.2_2019`, or leaves it unset (default `TLSv1`).",
        Why: "TLS 1.0 and 1.1 are deprecated (RFC 8996) and forbidden by PCI DSS; a viewer policy that accepts them lets clients negotiate weak connections.",
        HowToFix: "Set `minimum_protocol_version = \"TLSv1.2_2021\"` (or a newer TLSv1.2/TLSv1.3 policy).",
        Example: """
            ```hcl
            viewer_certificate {
              acm_certificate_arn      = aws_acm_certificate.site.arn
              ssl_support_method       = "sni-only"
              minimum_protocol_version = "TLSv1.2_2021"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "cloudfront"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["checkov:CKV_AWS_174", "trivy:AVD-AWS-0013", "tfsec:aws-cloudfront-use-secure-tls-policy"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudfront_distribution"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["viewer_certificate"];

    protected override string Attribute => "minimum_protocol_version";

    protected override bool IsSafe(TfValue value) =>
        value is TfString s && (s.Value.StartsWith("TLSv1.2", StringComparison.Ordinal) || s.Value.StartsWith("TLSv1.3", StringComparison.Ordinal));

    protected override string UnsetMeaning => "default TLSv1";

    protected override string Problem => "allows TLS versions older than 1.2";

    /// <summary>With CloudFront's default certificate the minimum version cannot be chosen (it is TLSv1).</summary>
    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Blocks("viewer_certificate").Any(c => !IsTrue(c.Get("cloudfront_default_certificate")));
}
