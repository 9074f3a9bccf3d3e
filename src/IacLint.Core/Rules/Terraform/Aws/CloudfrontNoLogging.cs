using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1065: cloudFront distribution has no access logging.</summary>
public sealed class CloudfrontNoLogging : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1065",
        Name: "aws-cloudfront-no-logging",
        Title: "CloudFront distribution has no access logging",
        Description: "An `aws_cloudfront_distribution` has no `logging_config` block (standard logging) and no standard logging v2: an `aws_cloudwatch_log_delivery_source` with `log_type = \"ACCESS_LOGS\"` for the distribution that an `aws_cloudwatch_log_delivery` delivers.",
        Why: "Access logs are the record of who requested what from the edge: the evidence for investigating scraping, credential stuffing or data exfiltration through the CDN.",
        HowToFix: "Add `logging_config { bucket = aws_s3_bucket.cdn_logs.bucket_domain_name }`, or set up standard logging v2 with a log delivery source and delivery.",
        Example: """
            ```hcl
            logging_config {
              bucket          = aws_s3_bucket.cdn_logs.bucket_domain_name
              prefix          = "site/"
              include_cookies = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "cloudfront"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_86", "trivy:AVD-AWS-0010", "tfsec:aws-cloudfront-enable-logging"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudfront_distribution"];

    protected override IEnumerable<Finding> Check(ResourceInstance distribution, TerraformConfiguration configuration)
    {
        if (distribution.Body.Blocks("logging_config").Any() || HasLogDelivery(distribution, configuration)) yield break;
        yield return Report(distribution, null, $"{distribution.Address} has no logging_config and no access log delivery.");
    }

    private static bool HasLogDelivery(ResourceInstance distribution, TerraformConfiguration configuration)
    {
        var sources = configuration.OfType("aws_cloudwatch_log_delivery_source")
            .Where(s => s.Body.Attribute("log_type")?.Value is TfString { Value: "ACCESS_LOGS" } &&
                        s.Body.Attribute("resource_arn")?.Value is TfUnknown { RefersTo: { } target } && target == distribution.Address)
            .ToList();
        return configuration.OfType("aws_cloudwatch_log_delivery").Any(d => d.Body.Attribute("delivery_source_name")?.Value switch
        {
            TfUnknown unknown => sources.Any(s => s.Address == unknown.RefersTo),
            TfString name => sources.Any(s => s.Body.Attribute("name")?.Value is TfString own && own.Value == name.Value),
            _ => false,
        });
    }
}
