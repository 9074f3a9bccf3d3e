using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1051: network ACL allows the internet to reach SSH or RDP.</summary>
public sealed class NetworkAclOpenAdminPorts : NetworkAclRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1051",
        Name: "aws-vpc-network-acl-open-admin-ports",
        Title: "Network ACL allows the internet to reach SSH or RDP",
        Description: "An ingress `aws_network_acl_rule`, or an `ingress` block of an `aws_network_acl`, allows `0.0.0.0/0` or `::/0` on a port range that includes 22 (SSH) or 3389 (RDP), or on every protocol.",
        Why: "Administrative ports open to the internet are scanned within minutes and are the usual entry point for brute force and exploits; the ACL should stop them before any security group is consulted.",
        HowToFix: "Allow SSH and RDP only from known ranges (a VPN, a bastion subnet), or use Session Manager and close the ports.",
        Example: """
            ```hcl
            resource "aws_network_acl_rule" "ssh_from_vpn" {
              network_acl_id = aws_network_acl.private.id
              rule_number    = 110
              egress         = false
              protocol       = "tcp"
              rule_action    = "allow"
              cidr_block     = "10.8.0.0/16"
              from_port      = 22
              to_port        = 22
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.5,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0105", "tfsec:aws-ec2-no-public-ingress-acl", "tfsec:aws-vpc-no-public-ingress-acl"],
        RelatedIds: ["checkov:CKV_AWS_231", "checkov:CKV_AWS_232"],
        Precision: Precision.High);

    protected override Finding? Evaluate(ResourceInstance resource, BlockView entry, bool egress, string actionName)
    {
        if (egress || entry.Get(actionName) is not TfString { Value: "allow" }) return null;
        foreach (var cidr in NetworkRanges.Cidrs(entry, "cidr_block", "ipv6_cidr_block"))
        {
            if (!cidr.Value.IsKnown) return CouldNotEvaluate(resource, cidr, cidr.Name, cidr.Value);
            if (NetworkRanges.WholeInternet(cidr.Value) is not { } open) continue;
            var protocol = entry.Get("protocol");
            string? exposed = NetworkRanges.AllProtocols(protocol) ? "every port"
                : NetworkRanges.Includes(entry.Get("from_port"), entry.Get("to_port"), 22) ? "SSH (22)"
                : NetworkRanges.Includes(entry.Get("from_port"), entry.Get("to_port"), 3389) ? "RDP (3389)"
                : null;
            if (exposed is not null) return Report(resource, cidr.Location, open.Origin ?? cidr.Origin, $"{resource.Address} allows {open.Value} to reach {exposed}.");
        }
        return null;
    }
}
