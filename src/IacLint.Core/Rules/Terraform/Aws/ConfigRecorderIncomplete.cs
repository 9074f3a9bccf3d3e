using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1079: aWS Config recorder does not record all resources.</summary>
public sealed class ConfigRecorderIncomplete : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1079",
        Name: "aws-config-recorder-incomplete",
        Title: "AWS Config recorder does not record all resources",
        Description: "An `aws_config_configuration_recorder` has a `recording_group` with `all_supported = false`, or does not set `include_global_resource_types = true` (the default is false, so IAM users, roles and policies are not recorded).",
        Why: "AWS Config is the history of every resource's configuration; resource types it skips (IAM above all) can be changed without a trace and escape every Config rule.",
        HowToFix: "Set `recording_group { all_supported = true include_global_resource_types = true }` (global types in one region is enough).",
        Example: """
            ```hcl
            resource "aws_config_configuration_recorder" "main" {
              name     = "main"
              role_arn = aws_iam_role.config.arn
              recording_group {
                all_supported                 = true
                include_global_resource_types = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "aws-config"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        RelatedIds: ["checkov:CKV2_AWS_48"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_config_configuration_recorder"];

    protected override IEnumerable<Finding> Check(ResourceInstance recorder, TerraformConfiguration configuration)
    {
        var groups = recorder.Body.Blocks("recording_group").ToList();
        if (groups.Count == 0)
        {
            yield return Report(recorder, null, $"{recorder.Address} does not record global resource types such as IAM (no recording_group; include_global_resource_types defaults to false).");
            yield break;
        }
        foreach (var group in groups)
        {
            var allSupported = group.Attribute("all_supported");
            var global = group.Attribute("include_global_resource_types");
            if (allSupported is not null && IsFalse(allSupported.Value)) yield return Report(recorder, allSupported, $"{recorder.Address} records only selected resource types (all_supported = false).");
            else if (global is not null && !global.Value.IsKnown) yield return CouldNotEvaluate(recorder, global, "include_global_resource_types", global.Value);
            else if (!IsTrue(global?.Value))
            {
                yield return Report(recorder, global?.Location ?? new Location(recorder.Definition.File.Path, group.Span), global?.Origin,
                    $"{recorder.Address} does not record global resource types such as IAM (include_global_resource_types is not true).");
            }
        }
    }
}
