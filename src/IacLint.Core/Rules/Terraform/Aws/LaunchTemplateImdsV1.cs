using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1040: launch template or configuration allows IMDSv1.</summary>
public sealed class LaunchTemplateImdsV1 : ImdsTokensRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1040",
        Name: "aws-ec2-launch-template-imdsv1",
        Title: "Launch template or configuration allows IMDSv1",
        Description: "An `aws_launch_template` or `aws_launch_configuration` has no `metadata_options` block, or leaves `http_tokens` unset (default `optional`) or sets it to `optional`, while the metadata endpoint is enabled. Every instance an Auto Scaling group launches from it inherits the setting.",
        Why: Why,
        HowToFix: "Set `metadata_options { http_tokens = \"required\" }` in the template or launch configuration.",
        Example: Example,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-918",
        EquivalentIds: ["trivy:AVD-AWS-0130", "tfsec:aws-ec2-enforce-launch-config-http-token-imds", "tfsec:aws-autoscaling-enforce-http-token-imds"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_launch_template", "aws_launch_configuration"];
}
