using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3122: Cloud SQL MySQL allows LOAD DATA LOCAL INFILE.</summary>
public sealed class SqlMysqlLocalInfile : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3122",
        Name: "google-sql-mysql-local-infile-on",
        Title: "Cloud SQL MySQL allows LOAD DATA LOCAL INFILE",
        Description: "A MySQL `google_sql_database_instance` has database flag `local_infile` on. Unset is fine: Cloud SQL keeps it off by default.",
        Why: "`LOAD DATA LOCAL` lets the server ask the client for any file the client can read; through SQL injection or a rogue server this reads files from application hosts.",
        HowToFix: "Set `local_infile` to `off` or remove the flag.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "MYSQL_8_0"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "local_infile"
                  value = "off"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Config,
        Cwe: "CWE-73",
        EquivalentIds: ["trivy:AVD-GCP-0026", "tfsec:google-sql-mysql-no-local-infile"],
        RelatedIds: ["checkov:CKV_GCP_50"]);

    protected override string Engine => "MYSQL";

    protected override string Flag => "local_infile";

    protected override string? EngineDefault(string databaseVersion) => null;

    protected override bool IsUnsafe(string value) => IsOn(value);

    protected override string Problem => "allows LOAD DATA LOCAL INFILE";
}
