using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1068: aPI Gateway cache is not encrypted.</summary>
public sealed class ApiGatewayCacheUnencrypted : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1068",
        Name: "aws-apigateway-cache-unencrypted",
        Title: "API Gateway cache is not encrypted",
        Description: "An `aws_api_gateway_method_settings` turns caching on (`settings.caching_enabled = true`) with `cache_data_encrypted` false or unset (the default is false).",
        Why: "Cached responses can hold personal data and tokens; an unencrypted cache keeps them in the clear at rest.",
        HowToFix: "Set `cache_data_encrypted = true` wherever `caching_enabled = true`.",
        Example: """
            ```hcl
            resource "aws_api_gateway_method_settings" "all" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              stage_name  = aws_api_gateway_stage.prod.stage_name
              method_path = "*/*"
              settings {
                caching_enabled      = true
                cache_data_encrypted = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "apigateway"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_308", "trivy:AVD-AWS-0002", "tfsec:aws-apigateway-enable-cache-encryption"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_api_gateway_method_settings"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var settings in resource.Body.Blocks("settings"))
        {
            if (!IsTrue(settings.Get("caching_enabled"))) continue;
            var encrypted = settings.Attribute("cache_data_encrypted");
            if (encrypted is not null && !encrypted.Value.IsKnown) yield return CouldNotEvaluate(resource, encrypted, "cache_data_encrypted", encrypted.Value);
            else if (!IsTrue(encrypted?.Value))
            {
                yield return Report(resource, encrypted?.Location ?? new Location(resource.Definition.File.Path, settings.Span), encrypted?.Origin,
                    $"{resource.Address} caches responses without encrypting the cache{(encrypted is null ? " (cache_data_encrypted defaults to false)" : "")}.");
            }
        }
    }
}
