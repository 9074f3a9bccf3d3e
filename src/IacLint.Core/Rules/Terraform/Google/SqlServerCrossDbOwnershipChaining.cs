using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3123: Cloud SQL SQL Server allows cross-database ownership chaining.</summary>
public sealed class SqlServerCrossDbOwnershipChaining : SqlDatabaseFlagRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3123",
        Name: "google-sql-sqlserver-cross-db-ownership-chaining",
        Title: "Cloud SQL SQL Server allows cross-database ownership chaining",
        Description: "A SQL Server `google_sql_database_instance` has database flag `cross db ownership chaining` on, or unset (the check follows the CIS benchmark and Trivy in requiring it to be set off explicitly).",
        Why: "Cross-database ownership chaining lets a user with rights in one database reach objects in another through ownership chains, bypassing the other database's permissions.",
        HowToFix: "Add a `database_flags` block with `name = \"cross db ownership chaining\"` and `value = \"off\"`.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "SQLSERVER_2019_STANDARD"
              settings {
                tier = "db-custom-2-7680"
                database_flags {
                  name  = "cross db ownership chaining"
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
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0019", "tfsec:google-sql-no-cross-db-ownership-chaining"],
        RelatedIds: ["checkov:CKV_GCP_58"]);

    protected override string Engine => "SQLSERVER";

    protected override string Flag => "cross db ownership chaining";

    protected override string? EngineDefault(string databaseVersion) => "on";

    protected override bool IsUnsafe(string value) => !IsOff(value);

    protected override string Problem => "allows cross-database ownership chaining";

    // The CIS benchmark (and Trivy) want the flag set off explicitly rather than trusting the instance's default.
    protected override string UnsetExplanation(string databaseVersion, string engineDefault) => "it must be set to \"off\" explicitly";
}
