using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1125: an ECS cluster collects no Container Insights metrics.</summary>
public sealed class EcsContainerInsightsDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1125",
        Name: "aws-ecs-container-insights-disabled",
        Title: "ECS cluster has Container Insights off",
        Description: "An `aws_ecs_cluster` has no `setting` named `containerInsights` with value `enabled` or `enhanced` (the default is off), and no `aws_ecs_account_setting_default` turns it on for the account.",
        Why: "Without Container Insights there are no per-task CPU, memory, network and restart metrics: crash loops, throttling and unusual activity go unnoticed and cannot be alarmed on.",
        HowToFix: "Add `setting { name = \"containerInsights\" value = \"enabled\" }` to the cluster.",
        Example: """
            ```hcl
            resource "aws_ecs_cluster" "main" {
              setting {
                name  = "containerInsights"
                value = "enabled"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "monitoring", "terraform", "aws", "ecs"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0034", "tfsec:aws-ecs-enable-container-insight", "checkov:CKV_AWS_65"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecs_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (configuration.OfType("aws_ecs_account_setting_default").Any(s =>
                s.Body.Attribute("name")?.Value is TfString { Value: "containerInsights" } && IsOn(s.Body.Attribute("value")?.Value))) yield break;
        var setting = resource.Body.Blocks("setting").FirstOrDefault(s => s.Get("name") is TfString { Value: "containerInsights" });
        var value = setting?.Attribute("value");
        if (value is null)
        {
            yield return Report(resource, null, $"{resource.Address} has Container Insights off: no containerInsights setting (default disabled).");
        }
        else if (!value.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, value, "the containerInsights setting", value.Value);
        }
        else if (!IsOn(value.Value))
        {
            yield return Report(resource, value, $"{resource.Address} has Container Insights off: containerInsights = {value.Value}.");
        }
    }

    private static bool IsOn(TfValue? value) => value is TfString { Value: "enabled" or "enhanced" };
}
