using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1107: database logs stay on the instance instead of going to CloudWatch Logs.</summary>
public sealed class RdsLogExportsDisabled : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1107",
        Name: "aws-rds-log-exports-disabled",
        Title: "RDS does not export logs to CloudWatch",
        Description: "An `aws_db_instance` or `aws_rds_cluster` has no `enabled_cloudwatch_logs_exports` (or an empty list), so no engine log (audit, error, general, slow query, postgresql) reaches CloudWatch Logs.",
        Why: "Logs kept only on the database are rotated away within days, cannot be searched or alarmed on, and are lost with the instance: a breach or failed login storm leaves no durable trace.",
        HowToFix: "List the engine's logs in `enabled_cloudwatch_logs_exports` (for example `[\"audit\", \"error\", \"general\", \"slowquery\"]` for MySQL, `[\"postgresql\"]` for PostgreSQL).",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              engine                          = "postgres"
              enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "rds"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_129", "checkov:CKV_AWS_324"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled_cloudwatch_logs_exports"];

    protected override string Problem => "exports no logs to CloudWatch";
}
