using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1116: an ElastiCache security group says nothing about its purpose.</summary>
public sealed class ElastiCacheSecurityGroupNoDescription : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1116",
        Name: "aws-elasticache-security-group-no-description",
        Title: "ElastiCache security group has an empty description",
        Description: "An `aws_elasticache_security_group` (EC2-Classic) sets `description` to an empty string. Unset is fine: the provider writes \"Managed by Terraform\".",
        Why: "Reviewers decide whether a network rule is still needed from its description; an empty one invites both keeping stale access and deleting needed access.",
        HowToFix: "Describe what the group is for, or move to VPC security groups (`aws_security_group`), which replace EC2-Classic cache security groups.",
        Example: """
            ```hcl
            resource "aws_elasticache_security_group" "cache" {
              description = "Redis for the checkout service"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "aws", "elasticache"],
        Area: AuditArea.Config,
        EquivalentIds: ["trivy:AVD-AWS-0049", "tfsec:aws-elasticache-add-description-for-security-group"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_security_group"];

    protected override IReadOnlyList<string> Attributes { get; } = ["description"];

    protected override string Problem => "has no description";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => IsEmpty(value) ? "is empty" : null;
}
