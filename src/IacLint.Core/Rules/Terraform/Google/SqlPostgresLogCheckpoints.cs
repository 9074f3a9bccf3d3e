using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3117: Cloud SQL PostgreSQL does not log checkpoints.</summary>
public sealed class SqlPostgresLogCheckpoints : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3117",
        Name: "google-sql-pg-log-checkpoints-off",
        Title: "Cloud SQL PostgreSQL does not log checkpoints",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_checkpoints` off, or unset on PostgreSQL 14 and older (the default became on in PostgreSQL 15).",
        Why: "Checkpoint logs explain I/O spikes and slow recovery; without them performance incidents are hard to diagnose.",
        HowToFix: "Add a `database_flags` block with `name = \"log_checkpoints\"` and `value = \"on\"`, or upgrade to PostgreSQL 15 or later where it is on by default.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_checkpoints"
                  value = "on"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0025", "tfsec:google-sql-pg-log-checkpoints"],
        RelatedIds: ["checkov:CKV_GCP_51"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_checkpoints";

    protected override string? EngineDefault(string databaseVersion) => MajorVersion(databaseVersion) is > 0 and < 15 ? "off" : null;

    protected override bool IsUnsafe(string value) => IsOff(value);

    protected override string Problem => "does not log checkpoints";
}
