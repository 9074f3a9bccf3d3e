using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1019: iAM passwords do not expire within 90 days.</summary>
public sealed class IamPasswordNeverExpires : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1019",
        Name: "aws-iam-password-policy-max-age",
        Title: "IAM passwords do not expire within 90 days",
        Description: "The account `aws_iam_account_password_policy` sets `max_password_age` above 90 days or leaves it unset (passwords never expire).",
        Why: "A password that never expires stays useful to whoever leaked or guessed it. CIS AWS Foundations asks for expiry within 90 days.",
        HowToFix: "Set `max_password_age = 90` or less.",
        Example: """
            ```hcl
            resource "aws_iam_account_password_policy" "strict" {
              max_password_age = 90
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-521",
        EquivalentIds: ["checkov:CKV_AWS_9", "trivy:AVD-AWS-0062", "tfsec:aws-iam-set-max-password-age"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_account_password_policy"];

    protected override string Attribute => "max_password_age";

    protected override bool IsSafe(TfValue value) => TfConvert.TryNumber(value, out var n) && n > 0 && n <= 90;

    protected override string UnsetMeaning => "passwords never expire";

    protected override string Problem => "lets passwords live longer than 90 days";
}
