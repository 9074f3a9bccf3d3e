using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1156: a DocumentDB cluster stores data unencrypted.</summary>
public sealed class DocDbStorageNotEncrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1156",
        Name: "aws-documentdb-storage-not-encrypted",
        Title: "DocumentDB storage is not encrypted at rest",
        Description: "An `aws_docdb_cluster` has `storage_encrypted` false or unset (the provider's default is false).",
        Why: "Documents, automated backups and snapshots are stored unencrypted and readable from any shared or leaked snapshot. It can only be chosen when the cluster is created.",
        HowToFix: "Set `storage_encrypted = true` (with `kms_key_id` for a customer-managed key) when creating the cluster.",
        Example: """
            ```hcl
            resource "aws_docdb_cluster" "catalog" {
              storage_encrypted = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "documentdb"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0021", "tfsec:aws-documentdb-enable-storage-encryption", "checkov:CKV_AWS_74"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_docdb_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["storage_encrypted"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores data unencrypted";
}
