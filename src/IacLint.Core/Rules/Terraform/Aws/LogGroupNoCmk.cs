using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1081: cloudWatch log group is not encrypted with a customer managed key.</summary>
public sealed class LogGroupNoCmk : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1081",
        Name: "aws-cloudwatch-log-group-no-cmk",
        Title: "CloudWatch log group is not encrypted with a customer managed key",
        Description: "An `aws_cloudwatch_log_group` leaves `kms_key_id` unset, so its events are encrypted only with CloudWatch's own keys.",
        Why: "Logs often contain tokens, personal data and internal addresses; with a customer managed key, reading them also needs the key, and key use is audited.",
        HowToFix: "Set `kms_key_id` to an `aws_kms_key` whose policy allows the `logs` service principal.",
        Example: """
            ```hcl
            resource "aws_cloudwatch_log_group" "app" {
              name              = "/app/orders"
              retention_in_days = 365
              kms_key_id        = aws_kms_key.logs.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "aws", "cloudwatch"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_158", "trivy:AVD-AWS-0017", "tfsec:aws-cloudwatch-log-group-customer-key"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudwatch_log_group"];

    protected override string Attribute => "kms_key_id";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "encrypted with CloudWatch's own keys only";

    protected override string Problem => "is not encrypted with a customer managed key";
}
