using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1049: network ACL rule allows every protocol and port.</summary>
public sealed class NetworkAclAllowsAllTraffic : NetworkAclRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1049",
        Name: "aws-vpc-network-acl-all-ports",
        Title: "Network ACL rule allows every protocol and port",
        Description: "An `aws_network_acl_rule`, or an `ingress`/`egress` block of an `aws_network_acl`, allows protocol `-1` (`all`): every protocol on every port.",
        Why: "A network ACL is the subnet's coarse filter; an allow-all rule turns it off for the addresses it covers, leaving security groups as the only control.",
        HowToFix: "Allow only the protocols and port ranges the subnet serves (for example TCP 443 and the ephemeral range for return traffic).",
        Example: """
            ```hcl
            resource "aws_network_acl_rule" "https" {
              network_acl_id = aws_network_acl.public.id
              rule_number    = 100
              egress         = false
              protocol       = "tcp"
              rule_action    = "allow"
              cidr_block     = "0.0.0.0/0"
              from_port      = 443
              to_port        = 443
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "vpc"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_352", "trivy:AVD-AWS-0102", "tfsec:aws-ec2-no-excessive-port-access", "tfsec:aws-vpc-no-excessive-port-access"],
        Precision: Precision.High);

    protected override Finding? Evaluate(ResourceInstance resource, BlockView entry, bool egress, string actionName)
    {
        if (entry.Get(actionName) is not TfString { Value: "allow" }) return null;
        var protocol = entry.Attribute("protocol");
        if (protocol is null) return null;
        if (!protocol.Value.IsKnown) return CouldNotEvaluate(resource, protocol, "protocol", protocol.Value);
        return NetworkRanges.AllProtocols(protocol.Value)
            ? Report(resource, protocol, $"{resource.Address} has an {(egress ? "egress" : "ingress")} rule allowing every protocol and port.")
            : null;
    }
}
