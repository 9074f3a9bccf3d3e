using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3121: Cloud SQL PostgreSQL logs statement text by duration.</summary>
public sealed class SqlPostgresLogMinDurationStatement : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3121",
        Name: "google-sql-pg-log-min-duration-statement",
        Title: "Cloud SQL PostgreSQL logs statement text by duration",
        Description: "A PostgreSQL `google_sql_database_instance` has database flag `log_min_duration_statement` set to anything but `-1`. Unset is fine: the default `-1` logs no statements by duration.",
        Why: "Logging statements that run longer than a threshold writes their full text, including literal values such as personal data or credentials, to Cloud Logging where many people can read it.",
        HowToFix: "Set `log_min_duration_statement` to `-1` (or remove the flag), and use Query Insights for slow-query analysis.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "log_min_duration_statement"
                  value = "-1"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-532",
        EquivalentIds: ["trivy:AVD-GCP-0021", "tfsec:google-sql-pg-no-min-statement-logging"]);

    protected override string Engine => "POSTGRES";

    protected override string Flag => "log_min_duration_statement";

    protected override string? EngineDefault(string databaseVersion) => null;

    protected override bool IsUnsafe(string value) => value != "-1";

    protected override string Problem => "writes statement text to the logs";
}
