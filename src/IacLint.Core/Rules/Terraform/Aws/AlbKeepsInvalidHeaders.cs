using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1059: application load balancer forwards invalid HTTP headers.</summary>
public sealed class AlbKeepsInvalidHeaders : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1059",
        Name: "aws-elb-alb-keeps-invalid-headers",
        Title: "Application load balancer forwards invalid HTTP headers",
        Description: "An application `aws_lb` (or `aws_alb`) has `drop_invalid_header_fields` false or unset (the default is false).",
        Why: "Headers with invalid names are a vehicle for HTTP request smuggling and header injection against the targets; the load balancer can drop them before they arrive.",
        HowToFix: "Set `drop_invalid_header_fields = true`.",
        Example: """
            ```hcl
            resource "aws_lb" "web" {
              load_balancer_type         = "application"
              drop_invalid_header_fields = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "elb"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-444",
        EquivalentIds: ["checkov:CKV_AWS_131", "trivy:AVD-AWS-0052", "tfsec:aws-elb-drop-invalid-headers"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb", "aws_alb"];

    protected override IReadOnlyList<string> Attributes { get; } = ["drop_invalid_header_fields"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "forwards invalid HTTP header fields";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("load_balancer_type")?.Value is null or TfString { Value: "application" };
}
