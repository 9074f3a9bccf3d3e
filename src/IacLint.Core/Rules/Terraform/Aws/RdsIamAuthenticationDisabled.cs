using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1103: the database accepts only passwords, not IAM authentication.</summary>
public sealed class RdsIamAuthenticationDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1103",
        Name: "aws-rds-iam-authentication-disabled",
        Title: "RDS IAM database authentication is off",
        Description: "An `aws_db_instance` or `aws_rds_cluster` of an engine that supports IAM authentication (MySQL, MariaDB, PostgreSQL, Aurora) has `iam_database_authentication_enabled` false or unset (the default is false). Replicas and other engines are skipped.",
        Why: "Without IAM authentication every client needs a long-lived database password, which ends up in configuration, CI variables and laptops. IAM tokens are short-lived, tied to a role and revoked with it.",
        HowToFix: "Set `iam_database_authentication_enabled = true` and let applications connect with `rds-db:connect` tokens.",
        Example: """
            ```hcl
            resource "aws_rds_cluster" "orders" {
              engine                              = "aurora-postgresql"
              iam_database_authentication_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "rds"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        EquivalentIds: ["checkov:CKV_AWS_161", "checkov:CKV_AWS_162"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["iam_database_authentication_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not accept IAM authentication";

    protected override bool Applies(ResourceInstance resource)
    {
        if (resource.Body.Attribute("replicate_source_db") is not null || resource.Body.Attribute("replication_source_identifier") is not null) return false;
        // An aws_rds_cluster without engine is Aurora MySQL.
        if (resource.Body.Attribute("engine")?.Value is not { } engine) return resource.Type == "aws_rds_cluster";
        return engine is TfString { Value: var name } &&
               (name.StartsWith("mysql", StringComparison.Ordinal) || name.StartsWith("mariadb", StringComparison.Ordinal) ||
                name.StartsWith("postgres", StringComparison.Ordinal) || name.StartsWith("aurora", StringComparison.Ordinal));
    }
}
