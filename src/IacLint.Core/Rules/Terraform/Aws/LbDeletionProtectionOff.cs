using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1062: load balancer deletion protection is off.</summary>
public sealed class LbDeletionProtectionOff : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1062",
        Name: "aws-elb-deletion-protection-off",
        Title: "Load balancer deletion protection is off",
        Description: "An `aws_lb` (or `aws_alb`) has `enable_deletion_protection` false or unset (the default is false).",
        Why: "Deleting a production load balancer takes the service down and loses its DNS name, which clients and DNS records point at; protection makes that a deliberate two-step action.",
        HowToFix: "Set `enable_deletion_protection = true` for production load balancers.",
        Example: """
            ```hcl
            resource "aws_lb" "web" {
              enable_deletion_protection = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "elb"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_150"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb", "aws_alb"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_deletion_protection"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "can be deleted without protection";
}
