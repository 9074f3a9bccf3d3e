using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1009: automated backups are switched off.</summary>
public sealed class RdsNoBackupRetention : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1009",
        Name: "aws-rds-backup-retention-zero",
        Title: "RDS automated backups are disabled",
        Description: "An `aws_db_instance` sets `backup_retention_period = 0`, which turns off automated backups and point-in-time recovery. Read replicas are skipped.",
        Why: "Without automated backups there is no point-in-time recovery: a bad migration or a deleted table cannot be undone.",
        HowToFix: "Set `backup_retention_period` to at least 7 days (35 at most).",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              backup_retention_period = 14
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: null,
        Tags: ["reliability", "backup", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_133"],
        Precision: Precision.VeryHigh,
        // Trivy's check also flags a retention of one day and the unset default: IAC1100 covers those.
        RelatedIds: ["trivy:AVD-AWS-0077", "tfsec:aws-rds-specify-backup-retention"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("replicate_source_db") is not null) yield break;
        var retention = resource.Body.Attribute("backup_retention_period");
        if (retention is null) yield break;
        if (!retention.Value.IsKnown) yield return CouldNotEvaluate(resource, retention, "backup_retention_period", retention.Value);
        else if (TfConvert.TryNumber(retention.Value, out var days) && days == 0)
        {
            yield return Report(resource, retention, $"{resource.Address} keeps no automated backups: backup_retention_period = 0.");
        }
    }
}
