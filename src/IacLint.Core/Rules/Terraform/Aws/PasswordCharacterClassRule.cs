using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>A character class the account password policy must require (IAC1015–IAC1018, one rule each as in Trivy and Checkov).</summary>
public abstract class PasswordCharacterClassRule(string id, string attribute, string what, IReadOnlyList<string> equivalents) : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: id,
        Name: $"aws-iam-password-policy-{what.Replace(' ', '-')}",
        Title: $"IAM password policy does not require {what}",
        Description: $"The account `aws_iam_account_password_policy` leaves `{attribute}` false or unset (the default is false), so console passwords need no {what}.",
        Why: "Passwords drawn from a small character set fall quickly to guessing and credential stuffing; CIS AWS Foundations asks for every character class.",
        HowToFix: $"Set `{attribute} = true` in the account password policy.",
        Example: $$"""
            ```hcl
            resource "aws_iam_account_password_policy" "strict" {
              minimum_password_length = 14
              {{attribute}} = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-521",
        EquivalentIds: equivalents,
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_account_password_policy"];

    protected override IReadOnlyList<string> Attributes { get; } = [attribute];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem { get; } = $"does not require {what}";
}
