using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1075: cloudTrail trail does not send events to CloudWatch Logs.</summary>
public sealed class CloudtrailNoCloudwatch : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1075",
        Name: "aws-cloudtrail-no-cloudwatch",
        Title: "CloudTrail trail does not send events to CloudWatch Logs",
        Description: "An `aws_cloudtrail` leaves `cloud_watch_logs_group_arn` unset.",
        Why: "Metric filters and alarms on CloudTrail events (root logins, policy changes, console logins without MFA) need the trail in CloudWatch Logs; S3 alone is only for after-the-fact analysis.",
        HowToFix: "Set `cloud_watch_logs_group_arn = \"${aws_cloudwatch_log_group.trail.arn}:*\"` and `cloud_watch_logs_role_arn`.",
        Example: """
            ```hcl
            resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
              cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV2_AWS_10", "trivy:AVD-AWS-0162", "tfsec:aws-cloudtrail-ensure-cloudwatch-integration"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override string Attribute => "cloud_watch_logs_group_arn";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "events go to S3 only";

    protected override string Problem => "does not send events to CloudWatch Logs";
}
