using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1100: automated backups are kept for only one day, AWS's default when the retention is unset.</summary>
public sealed class RdsBackupRetentionDefault : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1100",
        Name: "aws-rds-backup-retention-one-day",
        Title: "RDS backups are kept for only one day",
        Description: "An `aws_db_instance` or `aws_rds_cluster` keeps automated backups for 1 day: `backup_retention_period = 1`, or unset (AWS then keeps them for 1 day; `aws_rds_cluster` documents the same default). Read replicas and replica clusters are skipped; a retention of 0 (no backups at all) is IAC1009's finding.",
        Why: "With one day of backups, a corruption or bad migration noticed after a weekend can no longer be rolled back: point-in-time recovery only reaches back as far as the retention.",
        HowToFix: "Set `backup_retention_period` to the recovery window you need, typically 7 to 35 days.",
        Example: """
            ```hcl
            resource "aws_rds_cluster" "orders" {
              backup_retention_period = 14
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AWS-0077", "tfsec:aws-rds-specify-backup-retention"],
        Precision: Precision.VeryHigh,
        RelatedIds: ["checkov:CKV_AWS_133"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["backup_retention_period"];

    protected override string Problem => "keeps backups for only one day";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("replicate_source_db") is null && resource.Body.Attribute("replication_source_identifier") is null;

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default 1 day)";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        TfConvert.TryNumber(value, out var days) && days == 1 ? "= 1" : null;
}
