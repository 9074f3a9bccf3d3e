using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1113: clients talk to an ElastiCache replication group in plaintext.</summary>
public sealed class ElastiCacheTransitEncryptionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1113",
        Name: "aws-elasticache-transit-encryption-disabled",
        Title: "ElastiCache replication group does not encrypt traffic",
        Description: "An `aws_elasticache_replication_group` has `transit_encryption_enabled` false or unset (the default is false).",
        Why: "Without TLS, cached data and (if any) the AUTH token cross the network in plaintext: anyone who can capture traffic in the VPC reads sessions and tokens. An AUTH token also requires transit encryption.",
        HowToFix: "Set `transit_encryption_enabled = true` and connect with TLS.",
        Example: """
            ```hcl
            resource "aws_elasticache_replication_group" "sessions" {
              transit_encryption_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "elasticache"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0051", "tfsec:aws-elasticache-enable-in-transit-encryption", "checkov:CKV_AWS_30"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_replication_group"];

    protected override IReadOnlyList<string> Attributes { get; } = ["transit_encryption_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not encrypt traffic";
}
