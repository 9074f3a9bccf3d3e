using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3120: Cloud SQL PostgreSQL logs only errors or worse.</summary>
public sealed class SqlPostgresLogMinMessages : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3120",
        Name: "google-sql-pg-log-min-messages",
        Title: "Cloud SQL PostgreSQL logs only errors or worse",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_min_messages` set above `WARNING` (`ERROR`, `LOG`, `FATAL` or `PANIC`). Unset is fine: the default is `WARNING`.",
        Why: "With a threshold above WARNING, warnings (and with FATAL or PANIC, even errors) are never written, so failures and suspicious activity leave no trace.",
        HowToFix: "Set `log_min_messages` to `WARNING` (or remove the flag to use the default).",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_min_messages"
                  value = "WARNING"
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
        EquivalentIds: ["trivy:AVD-GCP-0018", "tfsec:google-sql-pg-log-errors"],
        RelatedIds: ["checkov:CKV_GCP_55"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_min_messages";

    protected override string? EngineDefault(string databaseVersion) => null;

    protected override bool IsUnsafe(string value) => value.ToUpperInvariant() is "ERROR" or "LOG" or "FATAL" or "PANIC";

    protected override string Problem => "logs too little";
}
