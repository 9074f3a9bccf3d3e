using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3124: Cloud SQL SQL Server allows contained database authentication.</summary>
public sealed class SqlServerContainedDbAuthentication : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3124",
        Name: "google-sql-sqlserver-contained-db-auth",
        Title: "Cloud SQL SQL Server allows contained database authentication",
        Description: "A SQL Server `google_sql_database_instance` has database flag `contained database authentication` on, or unset (the check follows the CIS benchmark and Trivy in requiring it to be set off explicitly).",
        Why: "Users of contained databases authenticate inside the database, outside the server's login policies and auditing; a database owner can create users that the server administrators do not see.",
        HowToFix: "Add a `database_flags` block with `name = \"contained database authentication\"` and `value = \"off\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "SQLSERVER_2019_STANDARD"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "contained database authentication"
                  value = "off"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        EquivalentIds: ["trivy:AVD-GCP-0023", "tfsec:google-sql-no-contained-db-auth"],
        RelatedIds: ["checkov:CKV_GCP_59"]);

    protected override string Engine => "SQLSERVER";

    protected override string Flag => "contained database authentication";

    protected override string? EngineDefault(string databaseVersion) => "on";

    protected override bool IsUnsafe(string value) => !IsOff(value);

    protected override string Problem => "allows contained database authentication";

    // The CIS benchmark (and Trivy) want the flag set off explicitly rather than trusting the instance's default.
    protected override string UnsetExplanation(string databaseVersion, string engineDefault) => "it must be set to \"off\" explicitly";
}
