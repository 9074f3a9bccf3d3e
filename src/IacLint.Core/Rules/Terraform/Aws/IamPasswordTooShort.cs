using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1020: iAM password policy allows passwords shorter than 14 characters.</summary>
public sealed class IamPasswordTooShort : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1020",
        Name: "aws-iam-password-policy-min-length",
        Title: "IAM password policy allows passwords shorter than 14 characters",
        Description: "The account `aws_iam_account_password_policy` sets `minimum_password_length` below 14 or leaves it unset (AWS default 8).",
        Why: "Length is what makes a password expensive to guess; CIS AWS Foundations asks for at least 14 characters.",
        HowToFix: "Set `minimum_password_length = 14` or more.",
        Example: """
            ```hcl
            resource "aws_iam_account_password_policy" "strict" {
              minimum_password_length = 14
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-521",
        EquivalentIds: ["checkov:CKV_AWS_10", "trivy:AVD-AWS-0063", "tfsec:aws-iam-set-minimum-password-length"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_account_password_policy"];

    protected override string Attribute => "minimum_password_length";

    protected override bool IsSafe(TfValue value) => TfConvert.TryNumber(value, out var n) && n >= 14;

    protected override string UnsetMeaning => "AWS default 8 characters";

    protected override string Problem => "allows short passwords";
}
