using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1041: launch configuration gives instances a public IP address.</summary>
public sealed class LaunchConfigurationPublicIp : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1041",
        Name: "aws-ec2-launch-configuration-public-ip",
        Title: "Launch configuration gives instances a public IP address",
        Description: "An `aws_launch_configuration` sets `associate_public_ip_address = true`, so every instance it launches is reachable from the internet (subject to its security groups).",
        Why: "A public address puts the instance one security-group mistake away from the internet. Instances behind a load balancer or NAT gateway do not need one.",
        HowToFix: "Set `associate_public_ip_address = false` and reach the instances through a load balancer, a NAT gateway for egress, or Session Manager for administration.",
        Example: """
            ```hcl
            resource "aws_launch_configuration" "app" {
              associate_public_ip_address = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0009", "tfsec:aws-ec2-no-public-ip", "tfsec:aws-autoscaling-no-public-ip"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_launch_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["associate_public_ip_address"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "gets a public IP address";
}
