using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1080: guardDuty detector is disabled.</summary>
public sealed class GuardDutyDetectorDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1080",
        Name: "aws-guardduty-detector-disabled",
        Title: "GuardDuty detector is disabled",
        Description: "An `aws_guardduty_detector` sets `enable = false`.",
        Why: "GuardDuty is the managed threat detection for the account (compromised credentials, crypto mining, reconnaissance); a disabled detector produces no findings at all.",
        HowToFix: "Set `enable = true` (the default) in every region.",
        Example: """
            ```hcl
            resource "aws_guardduty_detector" "main" {
              enable = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "guardduty"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        RelatedIds: ["checkov:CKV2_AWS_3"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_guardduty_detector"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "is disabled";
}
