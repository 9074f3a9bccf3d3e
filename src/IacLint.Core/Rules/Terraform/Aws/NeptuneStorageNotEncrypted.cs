using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1153: a Neptune cluster stores data unencrypted.</summary>
public sealed class NeptuneStorageNotEncrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1153",
        Name: "aws-neptune-storage-not-encrypted",
        Title: "Neptune storage is not encrypted at rest",
        Description: "An `aws_neptune_cluster` has `storage_encrypted` false or unset (the provider's default is false).",
        Why: "The graph, its automated backups and snapshots are stored unencrypted and readable from any shared or leaked snapshot. It can only be chosen when the cluster is created.",
        HowToFix: "Set `storage_encrypted = true` (with `kms_key_arn` for a customer-managed key) when creating the cluster.",
        Example: """
            ```hcl
            resource "aws_neptune_cluster" "graph" {
              storage_encrypted = true
              kms_key_arn       = aws_kms_key.neptune.arn
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "neptune"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0076", "tfsec:aws-neptune-enable-storage-encryption", "checkov:CKV_AWS_44"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_neptune_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["storage_encrypted"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores data unencrypted";
}
