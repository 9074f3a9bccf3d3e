using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1048: default VPC is managed and used.</summary>
public sealed class DefaultVpcInUse : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1048",
        Name: "aws-ec2-default-vpc",
        Title: "Default VPC is managed and used",
        Description: "The configuration declares an `aws_default_vpc`, adopting the region's default VPC into Terraform to put resources in it.",
        Why: "The default VPC has public subnets that give every instance a public IP, a default security group and no flow logs; it was built for quick experiments, not for production isolation.",
        HowToFix: "Create a dedicated `aws_vpc` with private subnets and flow logs, and delete the default VPC (or leave it empty and unmanaged).",
        Example: """
            ```hcl
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0101", "tfsec:aws-ec2-no-default-vpc", "tfsec:aws-vpc-no-default-vpc"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_default_vpc"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        yield return Report(resource, null, $"{resource.Address} manages the region's default VPC; use a dedicated VPC.");
    }
}
