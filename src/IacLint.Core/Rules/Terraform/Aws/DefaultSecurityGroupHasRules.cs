using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1054: default security group allows traffic.</summary>
public sealed class DefaultSecurityGroupHasRules : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1054",
        Name: "aws-vpc-default-security-group-open",
        Title: "Default security group allows traffic",
        Description: "An `aws_default_security_group` has `ingress` or `egress` rules.",
        Why: "Resources launched without an explicit security group land in the default group; if it allows traffic they are exposed by accident. CIS AWS Foundations asks for a default group that allows nothing.",
        HowToFix: "Declare the default security group with no `ingress` and no `egress` blocks (Terraform then removes its rules), and attach purpose-built groups.",
        Example: """
            ```hcl
            resource "aws_default_security_group" "default" {
              vpc_id = aws_vpc.main.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV2_AWS_12"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_default_security_group"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var direction in new[] { "ingress", "egress" })
        {
            foreach (var block in resource.Body.Blocks(direction))
            {
                yield return Report(resource, new Location(resource.Definition.File.Path, block.Span), null, $"{resource.Address} has an {direction} rule; the default security group should allow nothing.");
            }
        }
    }
}
