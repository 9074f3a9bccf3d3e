using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1105: Performance Insights data is encrypted with the AWS-managed key.</summary>
public sealed class RdsPerformanceInsightsNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1105",
        Name: "aws-rds-performance-insights-no-cmk",
        Title: "RDS Performance Insights is not encrypted with a customer-managed key",
        Description: "An `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with `performance_insights_enabled = true` has no `performance_insights_kms_key_id` (or an empty one), so the AWS-managed key `aws/rds` is used.",
        Why: "Performance Insights stores query text, which often holds personal data and literals. With the AWS-managed key anyone allowed to use RDS in the account can read it; a customer-managed key lets you restrict and audit who decrypts it, and revoke access.",
        HowToFix: "Set `performance_insights_kms_key_id` to a customer-managed KMS key ARN. The key cannot be changed later without re-enabling Performance Insights.",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              performance_insights_enabled    = true
              performance_insights_kms_key_id = aws_kms_key.rds.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "rds", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0078", "tfsec:aws-rds-performance-insights-encryption-customer-key", "checkov:CKV_AWS_354"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["performance_insights_kms_key_id"];

    protected override string Problem => "encrypts Performance Insights with the AWS-managed key";

    protected override bool Applies(ResourceInstance resource) => IsTrue(resource.Body.Attribute("performance_insights_enabled")?.Value);
}
