using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1078: aWS Config aggregator does not cover all regions.</summary>
public sealed class ConfigAggregatorNotAllRegions : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1078",
        Name: "aws-config-aggregator-not-all-regions",
        Title: "AWS Config aggregator does not cover all regions",
        Description: "The `account_aggregation_source` or `organization_aggregation_source` of an `aws_config_configuration_aggregator` has `all_regions` false or unset (it lists regions instead).",
        Why: "Resources created in a region the aggregator does not cover are invisible in the compliance view; attackers favour regions nobody looks at, and new regions are not added to a list automatically.",
        HowToFix: "Set `all_regions = true` (and drop `regions`).",
        Example: """
            ```hcl
            resource "aws_config_configuration_aggregator" "org" {
              name = "org"
              organization_aggregation_source {
                role_arn    = aws_iam_role.config.arn
                all_regions = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "aws", "aws-config"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_121", "trivy:AVD-AWS-0019", "tfsec:aws-config-aggregate-all-regions"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_config_configuration_aggregator"];

    protected override IEnumerable<Finding> Check(ResourceInstance aggregator, TerraformConfiguration configuration)
    {
        foreach (var source in aggregator.Body.Blocks("account_aggregation_source").Concat(aggregator.Body.Blocks("organization_aggregation_source")))
        {
            var allRegions = source.Attribute("all_regions");
            if (allRegions is not null && !allRegions.Value.IsKnown) yield return CouldNotEvaluate(aggregator, allRegions, "all_regions", allRegions.Value);
            else if (!IsTrue(allRegions?.Value))
            {
                yield return Report(aggregator, allRegions?.Location ?? new Location(aggregator.Definition.File.Path, source.Span), allRegions?.Origin,
                    $"{aggregator.Address} aggregates only some regions (all_regions is not true).");
            }
        }
    }
}
