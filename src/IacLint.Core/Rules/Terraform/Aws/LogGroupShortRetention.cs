using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1082: cloudWatch log group keeps logs less than a year.</summary>
public sealed class LogGroupShortRetention : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1082",
        Name: "aws-cloudwatch-log-group-short-retention",
        Title: "CloudWatch log group keeps logs less than a year",
        Description: "An `aws_cloudwatch_log_group` sets `retention_in_days` to less than 365 (unset or 0 keeps logs forever and is not flagged).",
        Why: "Intrusions are typically found months after they start; logs deleted after days or weeks cannot show how the attacker got in. Most audit frameworks ask for a year.",
        HowToFix: "Set `retention_in_days = 365` or more (and archive to S3 if cost matters).",
        Example: """
            ```hcl
            resource "aws_cloudwatch_log_group" "app" {
              name              = "/app/orders"
              retention_in_days = 365
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "aws", "cloudwatch"],
        Area: AuditArea.Logging,
        Cwe: "CWE-779",
        EquivalentIds: ["checkov:CKV_AWS_338"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudwatch_log_group"];

    protected override string Attribute => "retention_in_days";

    protected override bool IsSafe(TfValue value) => TfConvert.TryNumber(value, out var days) && (days == 0 || days >= 365);

    protected override bool UnsetIsSafe => true;

    protected override string Problem => "deletes logs in less than a year";
}
