using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1074: cloudTrail log file validation is off.</summary>
public sealed class CloudtrailNoLogValidation : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1074",
        Name: "aws-cloudtrail-no-log-validation",
        Title: "CloudTrail log file validation is off",
        Description: "An `aws_cloudtrail` has `enable_log_file_validation` false or unset (the default is false).",
        Why: "Validation writes signed digest files, so you can prove afterwards that no log file was changed or deleted; an attacker covering their tracks is otherwise undetectable.",
        HowToFix: "Set `enable_log_file_validation = true`.",
        Example: """
            ```hcl
            resource "aws_cloudtrail" "main" {
              name                       = "main"
              s3_bucket_name             = aws_s3_bucket.trail.id
              enable_log_file_validation = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "cloudtrail"],
        Area: AuditArea.Logging,
        Cwe: "CWE-354",
        EquivalentIds: ["checkov:CKV_AWS_36", "trivy:AVD-AWS-0016", "tfsec:aws-cloudtrail-enable-log-validation"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_cloudtrail"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_log_file_validation"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not validate its log files";
}
