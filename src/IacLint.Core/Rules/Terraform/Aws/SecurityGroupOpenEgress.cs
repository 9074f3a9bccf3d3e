using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1050: security group allows egress to the whole internet.</summary>
public sealed class SecurityGroupOpenEgress : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1050",
        Name: "aws-ec2-security-group-open-egress",
        Title: "Security group allows egress to the whole internet",
        Description: "An `egress` block of an `aws_security_group`, an `aws_security_group_rule` of type `egress`, or an `aws_vpc_security_group_egress_rule` allows `0.0.0.0/0` or `::/0`.",
        Why: "Unrestricted egress is how malware downloads its tools and how stolen data leaves; allowing only the destinations a workload needs (VPC endpoints, a proxy, known APIs) contains a compromise.",
        HowToFix: "Limit egress to the address ranges and ports the workload calls, use VPC endpoints for AWS services, and route the rest through a proxy or NAT with filtering.",
        Example: """
            ```hcl
            egress {
              description     = "HTTPS to the VPC endpoints"
              from_port       = 443
              to_port         = 443
              protocol        = "tcp"
              security_groups = [aws_security_group.endpoints.id]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "ec2"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_382", "trivy:AVD-AWS-0104", "tfsec:aws-ec2-no-public-egress-sgr", "tfsec:aws-vpc-no-public-egress-sgr"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var rules = resource.Type switch
        {
            "aws_security_group" => resource.Body.Blocks("egress").SelectMany(b => NetworkRanges.Cidrs(b, "cidr_blocks", "ipv6_cidr_blocks")),
            "aws_security_group_rule" when resource.Body.Attribute("type")?.Value is TfString { Value: "egress" } =>
                NetworkRanges.Cidrs(new BlockView(resource.Body, resource.Body.Span, null), "cidr_blocks", "ipv6_cidr_blocks"),
            "aws_vpc_security_group_egress_rule" => NetworkRanges.Cidrs(new BlockView(resource.Body, resource.Body.Span, null), "cidr_ipv4", "cidr_ipv6"),
            _ => [],
        };
        foreach (var cidr in rules)
        {
            if (!cidr.Value.IsWhollyKnown) yield return CouldNotEvaluate(resource, cidr, cidr.Name, cidr.Value);
            else if (NetworkRanges.WholeInternet(cidr.Value) is { } open)
            {
                yield return Report(resource, cidr.Location, open.Origin ?? cidr.Origin, $"{resource.Address} allows egress to {open.Value}.");
            }
        }
    }
}
