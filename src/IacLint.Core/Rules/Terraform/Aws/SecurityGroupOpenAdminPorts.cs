using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1001: a security group lets the whole internet reach SSH, RDP or every port.</summary>
public sealed class SecurityGroupOpenAdminPorts : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1001",
        Name: "aws-security-group-open-admin-ports",
        Title: "Security group open to the internet on SSH, RDP or all ports",
        Description: "An ingress rule of `aws_security_group`, `aws_security_group_rule` or `aws_vpc_security_group_ingress_rule` allows `0.0.0.0/0` or `::/0` to port 22 (SSH), 3389 (RDP) or all ports.",
        Why: "Administrative ports open to the internet are scanned within minutes of exposure and are the usual entry point for brute-force and exploit attacks. Exposing every port exposes whatever listens on the instance.",
        HowToFix: "Limit the source to known address ranges (a VPN, a bastion's security group), or use AWS Systems Manager Session Manager instead of SSH/RDP.",
        Example: """
            ```hcl
            ingress {
              from_port   = 22
              to_port     = 22
              protocol    = "tcp"
              cidr_blocks = ["0.0.0.0/0"]
            }
            ```
            becomes `cidr_blocks = ["10.20.0.0/16"]`, or the rule is removed in favour of Session Manager.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "network", "terraform", "aws"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_24", "checkov:CKV_AWS_25", "checkov:CKV_AWS_277", "trivy:AVD-AWS-0107", "tfsec:aws-ec2-no-public-ingress-sgr"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } =
        ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        switch (resource.Type)
        {
            case "aws_security_group":
                foreach (var block in resource.Body.Blocks("ingress"))
                {
                    if (Evaluate(resource, block.Attribute("cidr_blocks"), block.Attribute("ipv6_cidr_blocks"), block.Attribute("from_port"), block.Attribute("to_port"), block.Attribute("protocol")) is { } finding)
                    {
                        yield return finding;
                    }
                }
                break;
            case "aws_security_group_rule":
                if (resource.Body.Attribute("type")?.Value is TfString { Value: "ingress" } &&
                    Evaluate(resource, resource.Body.Attribute("cidr_blocks"), resource.Body.Attribute("ipv6_cidr_blocks"), resource.Body.Attribute("from_port"), resource.Body.Attribute("to_port"), resource.Body.Attribute("protocol")) is { } ruleFinding)
                {
                    yield return ruleFinding;
                }
                break;
            default:
                if (Evaluate(resource, resource.Body.Attribute("cidr_ipv4"), resource.Body.Attribute("cidr_ipv6"), resource.Body.Attribute("from_port"), resource.Body.Attribute("to_port"), resource.Body.Attribute("ip_protocol")) is { } vpcFinding)
                {
                    yield return vpcFinding;
                }
                break;
        }
    }

    private Finding? Evaluate(ResourceInstance resource, EvaluatedAttribute? ipv4, EvaluatedAttribute? ipv6, EvaluatedAttribute? from, EvaluatedAttribute? to, EvaluatedAttribute? protocol)
    {
        foreach (var cidr in new[] { ipv4, ipv6 })
        {
            if (cidr is null) continue;
            if (!cidr.Value.IsWhollyKnown) return CouldNotEvaluate(resource, cidr, $"the source addresses ({cidr.Name})", cidr.Value);
            var ranges = cidr.Value is TfList list ? list.Items : [cidr.Value];
            var open = ranges.OfType<TfString>().FirstOrDefault(r => r.Value is "0.0.0.0/0" or "::/0");
            if (open is null) continue;

            var allPorts = protocol?.Value is TfString { Value: "-1" or "all" } || protocol?.Value is TfNumber { Value: -1 };
            if (!allPorts && (from is null || to is null)) continue;
            if (!allPorts && (!from!.Value.IsKnown || !to!.Value.IsKnown))
            {
                return CouldNotEvaluate(resource, from.Value.IsKnown ? to : from, "the port range", from.Value.IsKnown ? to!.Value : from.Value);
            }
            double low = 0, high = 65535;
            if (!allPorts && (!TfConvert.TryNumber(from!.Value, out low) || !TfConvert.TryNumber(to!.Value, out high))) continue;
            string? exposed = allPorts || (low <= 0 && high >= 65535) ? "all ports"
                : low <= 22 && 22 <= high ? "SSH (22)"
                : low <= 3389 && 3389 <= high ? "RDP (3389)"
                : null;
            if (exposed is null) continue;
            return Report(resource, cidr.Location, open.Origin ?? cidr.Origin, $"{resource.Address} allows {open.Value} to reach {exposed}.");
        }
        return null;
    }
}
