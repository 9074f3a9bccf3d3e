using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1014: iAM password policy allows recent passwords to be reused.</summary>
public sealed class IamPasswordReuseAllowed : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1014",
        Name: "aws-iam-password-policy-reuse",
        Title: "IAM password policy allows recent passwords to be reused",
        Description: "The account `aws_iam_account_password_policy` sets `password_reuse_prevention` below 5 or leaves it unset (no reuse prevention).",
        Why: "A user forced to change a leaked password can otherwise switch straight back to it. CIS AWS Foundations recommends remembering 24 passwords; 5 is the least Trivy accepts.",
        HowToFix: "Set `password_reuse_prevention` to 5 or more (24 for CIS).",
        Example: """
            ```hcl
            resource "aws_iam_account_password_policy" "strict" {
              password_reuse_prevention = 24
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-521",
        EquivalentIds: ["trivy:AVD-AWS-0056", "tfsec:aws-iam-no-password-reuse"],
        RelatedIds: ["checkov:CKV_AWS_13"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_account_password_policy"];

    protected override string Attribute => "password_reuse_prevention";

    protected override bool IsSafe(TfValue value) => TfConvert.TryNumber(value, out var n) && n >= 5;

    protected override string UnsetMeaning => "any previous password may be reused";

    protected override string Problem => "allows password reuse";
}
