using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1046: security group has no description.</summary>
public sealed class SecurityGroupNoDescription : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1046",
        Name: "aws-ec2-security-group-no-description",
        Title: "Security group has no description",
        Description: "An `aws_security_group` sets `description` to an empty string, or leaves it unset (the provider then writes \"Managed by Terraform\").",
        Why: "The description is what a reviewer or an incident responder sees in the console and in `describe-security-groups`; a group without one has to be reverse-engineered before anyone dares change it. It also cannot be changed later without replacing the group.",
        HowToFix: "Describe what the group allows and for whom: `description = \"HTTPS from the public load balancer\"`.",
        Example: """
            ```hcl
            resource "aws_security_group" "web" {
              name        = "web"
              description = "HTTPS from the public load balancer"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "ec2"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AWS-0099", "tfsec:aws-ec2-add-description-to-security-group", "tfsec:aws-vpc-add-description-to-security-group"],
        RelatedIds: ["checkov:CKV_AWS_23"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_security_group"];

    protected override string Attribute => "description";

    protected override bool IsSafe(TfValue value) => value is TfString s && s.Value.Trim().Length > 0;

    protected override string UnsetMeaning => "the provider writes \"Managed by Terraform\"";

    protected override string Problem => "has no description";
}
