using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3118: Cloud SQL PostgreSQL does not log lock waits.</summary>
public sealed class SqlPostgresLogLockWaits : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3118",
        Name: "google-sql-pg-log-lock-waits-off",
        Title: "Cloud SQL PostgreSQL does not log lock waits",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_lock_waits` off or unset (PostgreSQL's default is off).",
        Why: "Lock-wait logs show sessions that block each other for longer than `deadlock_timeout`: the usual cause of sudden latency and of denial of service through long transactions.",
        HowToFix: "Add a `database_flags` block with `name = \"log_lock_waits\"` and `value = \"on\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_lock_waits"
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
        EquivalentIds: ["trivy:AVD-GCP-0020", "tfsec:google-sql-pg-log-lock-waits"],
        RelatedIds: ["checkov:CKV_GCP_54"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_lock_waits";

    protected override string? EngineDefault(string databaseVersion) => "off";

    protected override bool IsUnsafe(string value) => IsOff(value);

    protected override string Problem => "does not log lock waits";
}
