using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1063: cloudFront distribution serves plain HTTP.</summary>
public sealed class CloudfrontAllowsHttp : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1063",
        Name: "aws-cloudfront-allows-http",
        Title: "CloudFront distribution serves plain HTTP",
        Description: "The `default_cache_behavior` or an `ordered_cache_behavior` of an `aws_cloudfront_distribution` has `viewer_protocol_policy = \"allow-all\"`.",
        Why: "With `allow-all` viewers can use plain HTTP, so requests, cookies and responses cross the internet unencrypted and can be read or altered.",
        HowToFix: "Set `viewer_protocol_policy = \"redirect-to-https\"` (or `\"https-only\"`) on every cache behavior.",
        Example: """
            ```hcl
            default_cache_behavior {
              target_origin_id       = "site"
              viewer_protocol_policy = "redirect-to-https"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "cloudfront"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["checkov:CKV_AWS_34", "trivy:AVD-AWS-0012", "tfsec:aws-cloudfront-enforce-https"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudfront_distribution"];

    protected override IEnumerable<Finding> Check(ResourceInstance distribution, TerraformConfiguration configuration)
    {
        foreach (var behavior in distribution.Body.Blocks("default_cache_behavior").Concat(distribution.Body.Blocks("ordered_cache_behavior")))
        {
            var policy = behavior.Attribute("viewer_protocol_policy");
            if (policy is null) continue;
            if (!policy.Value.IsKnown) yield return CouldNotEvaluate(distribution, policy, "viewer_protocol_policy", policy.Value);
            else if (policy.Value is TfString { Value: "allow-all" }) yield return Report(distribution, policy, $"{distribution.Address} lets viewers use plain HTTP (viewer_protocol_policy = \"allow-all\").");
        }
    }
}
