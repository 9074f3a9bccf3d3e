using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1178: a DocumentDB or Neptune cluster keeps backups for only one day.</summary>
public sealed class DocDbBackupRetentionDefault : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1178",
        Name: "aws-docdb-neptune-backup-retention-one-day",
        Title: "DocumentDB/Neptune backups are kept for only one day",
        Description: "An `aws_docdb_cluster` or `aws_neptune_cluster` has `backup_retention_period` unset (the default is 1 day) or 1.",
        Why: "Point-in-time recovery only reaches back as far as the retention: a corruption or bad migration noticed after a weekend can no longer be rolled back.",
        HowToFix: "Set `backup_retention_period` to the recovery window you need, typically 7 to 35 days.",
        Example: """
            ```hcl
            resource "aws_docdb_cluster" "catalog" {
              backup_retention_period = 14
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "documentdb", "neptune"],
        Area: AuditArea.Backup,
        RelatedIds: ["checkov:CKV_AWS_360", "checkov:CKV_AWS_361"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_docdb_cluster", "aws_neptune_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["backup_retention_period"];

    protected override string Problem => "keeps backups for only one day";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default 1 day)";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        TfConvert.TryNumber(value, out var days) && days <= 1 ? $"= {value}" : null;
}
