using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1108: snapshots do not carry the database's tags.</summary>
public sealed class RdsCopyTagsToSnapshotDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1108",
        Name: "aws-rds-copy-tags-to-snapshot-disabled",
        Title: "RDS snapshots do not copy the database's tags",
        Description: "An `aws_db_instance` or `aws_rds_cluster` has `copy_tags_to_snapshot` false or unset (the default is false).",
        Why: "Backup plans, retention policies, cost allocation and access policies (tag-based conditions) select snapshots by tag: untagged snapshots fall out of backup and lifecycle policies and out of tag-based access control.",
        HowToFix: "Set `copy_tags_to_snapshot = true`.",
        Example: """
            ```hcl
            resource "aws_rds_cluster" "orders" {
              copy_tags_to_snapshot = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        // Checkov's check looks at clusters only.
        RelatedIds: ["checkov:CKV_AWS_313"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["copy_tags_to_snapshot"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not copy its tags to snapshots";
}
