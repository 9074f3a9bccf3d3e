using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1004: an RDS instance or cluster stores data unencrypted.</summary>
public sealed class RdsStorageNotEncrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1004",
        Name: "aws-rds-storage-not-encrypted",
        Title: "RDS storage is not encrypted at rest",
        Description: "An `aws_db_instance` or `aws_rds_cluster` has `storage_encrypted` false or unset (the provider's default is false). Read replicas inherit encryption and are skipped.",
        Why: "Unencrypted database storage, snapshots and backups can be read by anyone who obtains the volume or a shared snapshot; most compliance regimes require encryption at rest. It cannot be switched on later without restoring from a snapshot.",
        HowToFix: "Set `storage_encrypted = true` (and `kms_key_id` for a customer-managed key) when creating the database.",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              engine            = "postgres"
              storage_encrypted = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "encryption", "terraform", "aws", "rds"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_16", "checkov:CKV_AWS_96", "trivy:AVD-AWS-0080", "tfsec:aws-rds-encrypt-instance-storage-data"],
        Precision: Precision.VeryHigh,
        // Trivy's cluster check also requires a customer-managed key: that is IAC1106.
        RelatedIds: ["trivy:AVD-AWS-0079", "tfsec:aws-rds-encrypt-cluster-storage-data"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["storage_encrypted"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores data unencrypted";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("replicate_source_db") is null && resource.Body.Attribute("snapshot_identifier") is null;
}
