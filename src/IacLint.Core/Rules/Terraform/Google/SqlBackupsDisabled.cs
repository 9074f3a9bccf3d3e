using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3113: a Cloud SQL instance has no automated backups.</summary>
public sealed class SqlBackupsDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3113",
        Name: "google-sql-backups-disabled",
        Title: "Cloud SQL instance has automated backups off",
        Description: "A `google_sql_database_instance` that is not a read replica has `settings.backup_configuration.enabled` false or unset (the provider's default is false). Replicas (`master_instance_name` set) are skipped: they are backed up through their primary.",
        Why: "Without automated backups a deleted table, a bad migration or a corrupted disk means lost data: there is nothing to restore from, and point-in-time recovery cannot be enabled.",
        HowToFix: "Set `enabled = true` in `settings.backup_configuration` (and a `start_time` outside peak hours).",
        Example: """
            ```hcl
            settings {
              backup_configuration {
                enabled    = true
                start_time = "02:00"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Backup,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0024", "tfsec:google-sql-enable-backup"],
        RelatedIds: ["checkov:CKV_GCP_14"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["settings", "backup_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has automated backups off";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("master_instance_name") is null;
}
