using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3115: Cloud SQL PostgreSQL does not log connections.</summary>
public sealed class SqlPostgresLogConnections : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3115",
        Name: "google-sql-pg-log-connections-off",
        Title: "Cloud SQL PostgreSQL does not log connections",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_connections` off or unset (PostgreSQL's default is off).",
        Why: "Connection logs show who connected from where and when; without them a brute-force attempt or a connection from an unexpected address leaves no trace for an investigation.",
        HowToFix: "Add a `database_flags` block with `name = \"log_connections\"` and `value = \"on\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_connections"
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
        EquivalentIds: ["trivy:AVD-GCP-0016", "tfsec:google-sql-pg-log-connections"],
        RelatedIds: ["checkov:CKV_GCP_52"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_connections";

    protected override string? EngineDefault(string databaseVersion) => "off";

    protected override bool IsUnsafe(string value) => IsOff(value);

    protected override string Problem => "does not log connections";
}
