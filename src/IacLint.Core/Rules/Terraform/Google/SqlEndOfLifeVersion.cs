using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3125: a Cloud SQL instance runs an engine version its community no longer patches.</summary>
public sealed class SqlEndOfLifeVersion : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3125",
        Name: "google-sql-end-of-life-version",
        Title: "Cloud SQL instance runs a database version past its community end of life",
        Description: "A `google_sql_database_instance` has a `database_version` whose upstream support has ended: PostgreSQL 9.6 to 13 (13 ended in November 2025) or MySQL 5.6 and 5.7. Cloud SQL may still run them under paid extended support, but the engine community no longer fixes them.",
        Why: "Versions past end of life get no more community security fixes; they also force a rushed major upgrade when the provider finally retires them.",
        HowToFix: "Plan a major version upgrade (`database_version = \"POSTGRES_16\"` or `\"MYSQL_8_0\"`), tested on a clone first.",
        Example: """
            ```hcl
            resource "google_sql_database_instance" "orders" {
              database_version = "POSTGRES_16" # instead of POSTGRES_12
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override string Attribute => "database_version";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "POSTGRES_9_6" or "POSTGRES_10" or "POSTGRES_11" or "POSTGRES_12" or "POSTGRES_13" or "MYSQL_5_6" or "MYSQL_5_7" };

    protected override string Problem => "runs a database version past its community end of life";
}
