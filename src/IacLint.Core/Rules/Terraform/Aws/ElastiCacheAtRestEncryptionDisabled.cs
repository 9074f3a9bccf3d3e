using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1112: an ElastiCache replication group stores data and backups unencrypted.</summary>
public sealed class ElastiCacheAtRestEncryptionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1112",
        Name: "aws-elasticache-at-rest-encryption-disabled",
        Title: "ElastiCache replication group is not encrypted at rest",
        Description: "An `aws_elasticache_replication_group` has `at_rest_encryption_enabled` false or unset (the default is false for Redis).",
        Why: "Cached sessions, tokens and personal data are written to disk during syncs and backups; unencrypted, they can be read from snapshots or exported backups. It can only be chosen when the group is created.",
        HowToFix: "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key); this replaces the group.",
        Example: """
            ```hcl
            resource "aws_elasticache_replication_group" "sessions" {
              at_rest_encryption_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "elasticache"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0045", "tfsec:aws-elasticache-enable-at-rest-encryption", "checkov:CKV_AWS_29"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_replication_group"];

    protected override IReadOnlyList<string> Attributes { get; } = ["at_rest_encryption_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores data unencrypted at rest";
}
