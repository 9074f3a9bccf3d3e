using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1060: load balancer is internet-facing.</summary>
public sealed class LbInternetFacing : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1060",
        Name: "aws-elb-internet-facing",
        Title: "Load balancer is internet-facing",
        Description: "An application or network `aws_lb` (or `aws_alb`) has `internal` false or unset (the default is internet-facing). Gateway load balancers are exempt.",
        Why: "An internet-facing load balancer exposes its targets to everyone; internal services should not get a public entry point by default. Public ones should be deliberate, with WAF and TLS.",
        HowToFix: "Set `internal = true` for load balancers that serve only the VPC; for public ones, suppress this rule with a reason and put WAF in front.",
        Example: """
            ```hcl
            resource "aws_lb" "orders_internal" {
              internal           = true
              load_balancer_type = "application"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "elb"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0053", "tfsec:aws-elb-alb-not-public"],
        Precision: Precision.Medium);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb", "aws_alb"];

    protected override IReadOnlyList<string> Attributes { get; } = ["internal"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "is internet-facing";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("load_balancer_type")?.Value is not TfString { Value: "gateway" };
}
