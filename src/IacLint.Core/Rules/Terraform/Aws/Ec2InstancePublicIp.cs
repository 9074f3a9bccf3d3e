using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1042: eC2 instance has a public IP address.</summary>
public sealed class Ec2InstancePublicIp : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1042",
        Name: "aws-ec2-instance-public-ip",
        Title: "EC2 instance has a public IP address",
        Description: "An `aws_instance` sets `associate_public_ip_address = true`, so it is reachable from the internet (subject to its security groups).",
        Why: "A public address puts the instance one security-group mistake away from the internet. Instances behind a load balancer or NAT gateway do not need one.",
        HowToFix: "Set `associate_public_ip_address = false` and reach the instances through a load balancer, a NAT gateway for egress, or Session Manager for administration.",
        Example: """
            ```hcl
            resource "aws_instance" "app" {
              associate_public_ip_address = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_88"],
        RelatedIds: ["trivy:AVD-AWS-0009"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_instance"];

    protected override IReadOnlyList<string> Attributes { get; } = ["associate_public_ip_address"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "gets a public IP address";
}
