using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1052: subnet gives every instance a public IP address.</summary>
public sealed class SubnetPublicIpOnLaunch : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1052",
        Name: "aws-vpc-subnet-public-ip-on-launch",
        Title: "Subnet gives every instance a public IP address",
        Description: "An `aws_subnet` sets `map_public_ip_on_launch = true`.",
        Why: "Every instance started in the subnet, including ones that should be private, gets a public address and is one security-group mistake away from the internet.",
        HowToFix: "Set `map_public_ip_on_launch = false`; give public addresses only to the load balancers or NAT gateways that need them.",
        Example: """
            ```hcl
            resource "aws_subnet" "app" {
              vpc_id                  = aws_vpc.main.id
              cidr_block              = "10.0.1.0/24"
              map_public_ip_on_launch = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_130", "trivy:AVD-AWS-0164", "tfsec:aws-ec2-no-public-ip-subnet", "tfsec:aws-vpc-no-public-ip-subnet"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_subnet"];

    protected override IReadOnlyList<string> Attributes { get; } = ["map_public_ip_on_launch"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "gives instances public IP addresses";
}
