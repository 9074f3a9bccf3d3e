using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3116: Cloud SQL PostgreSQL does not log disconnections.</summary>
public sealed class SqlPostgresLogDisconnections : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3116",
        Name: "google-sql-pg-log-disconnections-off",
        Title: "Cloud SQL PostgreSQL does not log disconnections",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_disconnections` off or unset (PostgreSQL's default is off).",
        Why: "Disconnection logs record the end and duration of each session; with connection logs they show how long a suspicious session lasted.",
        HowToFix: "Add a `database_flags` block with `name = \"log_disconnections\"` and `value = \"on\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_disconnections"
                  value = "on"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0022", "tfsec:google-sql-pg-log-disconnections"],
        RelatedIds: ["checkov:CKV_GCP_53"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_disconnections";

    protected override string? EngineDefault(string databaseVersion) => "off";

    protected override bool IsUnsafe(string value) => IsOff(value);

    protected override string Problem => "does not log disconnections";
}
