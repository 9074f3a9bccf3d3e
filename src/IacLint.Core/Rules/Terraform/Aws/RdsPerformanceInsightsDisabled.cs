using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1104: database load is not recorded by Performance Insights.</summary>
public sealed class RdsPerformanceInsightsDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1104",
        Name: "aws-rds-performance-insights-disabled",
        Title: "RDS Performance Insights is off",
        Description: "An `aws_db_instance` or `aws_rds_cluster_instance` has `performance_insights_enabled` false or unset (the default is false).",
        Why: "Performance Insights keeps the history of database load by query, wait and user: without it a slowdown or an unusual query pattern (including abuse) cannot be investigated after the fact.",
        HowToFix: "Set `performance_insights_enabled = true`, with a customer-managed `performance_insights_kms_key_id`.",
        Example: """
            ```hcl
            resource "aws_rds_cluster_instance" "orders" {
              performance_insights_enabled    = true
              performance_insights_kms_key_id = aws_kms_key.rds.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "monitoring", "terraform", "aws", "rds"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0133", "tfsec:aws-rds-enable-performance-insights", "checkov:CKV_AWS_353"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster_instance"];

    protected override IReadOnlyList<string> Attributes { get; } = ["performance_insights_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has Performance Insights off";
}
