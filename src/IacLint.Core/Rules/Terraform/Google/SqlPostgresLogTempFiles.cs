using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3119: Cloud SQL PostgreSQL does not log every temporary file.</summary>
public sealed class SqlPostgresLogTempFiles : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3119",
        Name: "google-sql-pg-log-temp-files",
        Title: "Cloud SQL PostgreSQL does not log every temporary file",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_temp_files` set to anything but `0`, or unset (PostgreSQL's default `-1` logs none). `0` logs every temporary file; a size threshold logs only larger ones.",
        Why: "Temporary files reveal queries that spill sorts and hashes to disk; logging them all finds inefficient or abusive queries before they exhaust disk or I/O.",
        HowToFix: "Add a `database_flags` block with `name = \"log_temp_files\"` and `value = \"0\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_temp_files"
                  value = "0"
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
        EquivalentIds: ["trivy:AVD-GCP-0014", "tfsec:google-sql-enable-pg-temp-file-logging"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_temp_files";

    protected override string? EngineDefault(string databaseVersion) => "-1";

    protected override bool IsUnsafe(string value) => value != "0";

    protected override string Problem => "does not log every temporary file";
}
