using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1047: security group rule has no description.</summary>
public sealed class SecurityGroupRuleNoDescription : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1047",
        Name: "aws-ec2-security-group-rule-no-description",
        Title: "Security group rule has no description",
        Description: "An `ingress`/`egress` block of an `aws_security_group`, an `aws_security_group_rule`, or an `aws_vpc_security_group_ingress_rule`/`aws_vpc_security_group_egress_rule` has no `description` (or an empty one).",
        Why: "Rules without a description cannot be reviewed: nobody knows which of twenty CIDR ranges is the office, the partner or a forgotten test, so stale openings stay forever.",
        HowToFix: "Say who the rule lets in or out and why: `description = \"HTTPS from the office VPN\"`.",
        Example: """
            ```hcl
            ingress {
              description = "HTTPS from the office VPN"
              from_port   = 443
              to_port     = 443
              protocol    = "tcp"
              cidr_blocks = ["10.8.0.0/16"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "ec2"],
        Area: AuditArea.Config,
        EquivalentIds: ["checkov:CKV_AWS_23", "trivy:AVD-AWS-0124", "tfsec:aws-ec2-add-description-to-security-group-rule", "tfsec:aws-vpc-add-description-to-security-group-rule"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } =
        ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type != "aws_security_group")
        {
            if (!Described(resource.Body.Attribute("description")?.Value)) yield return Report(resource, null, $"{resource.Address} has no description.");
            yield break;
        }
        foreach (var direction in new[] { "ingress", "egress" })
        {
            foreach (var block in resource.Body.Blocks(direction))
            {
                if (!Described(block.Get("description")))
                {
                    yield return Report(resource, new Location(resource.Definition.File.Path, block.Span), null, $"An {direction} rule of {resource.Address} has no description.");
                }
            }
        }
    }

    /// <summary>Set to some text, or unknown (a variable without a value still means someone wrote one).</summary>
    private static bool Described(TfValue? description) => description is TfUnknown || description is TfString s && s.Value.Trim().Length > 0;
}
