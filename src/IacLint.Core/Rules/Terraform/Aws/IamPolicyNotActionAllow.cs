using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1023: iAM policy allows everything except a list (NotAction or NotResource).</summary>
public sealed class IamPolicyNotActionAllow : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1023",
        Name: "aws-iam-policy-allow-not-action",
        Title: "IAM policy allows everything except a list (NotAction or NotResource)",
        Description: "An Allow statement of an IAM identity policy uses `NotAction` / `not_actions` or `NotResource` / `not_resources`.",
        Why: "Allow with NotAction grants every action except the listed ones, including actions AWS adds later; Allow with NotResource grants access to every resource but a few. Both are broader than they read.",
        HowToFix: "Rewrite the statement as an Allow of the actions and resources needed; keep NotAction/NotResource for Deny statements.",
        Example: """
            ```hcl
            data "aws_iam_policy_document" "app" {
              statement {
                actions   = ["s3:GetObject", "s3:PutObject"]
                resources = ["${aws_s3_bucket.uploads.arn}/*"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        Precision: Precision.High);

    protected override string? Problem(PolicyStatement statement) =>
        !statement.Allows ? null
        : statement.NotActions.Count > 0 ? "allows every action except a list (Allow with NotAction)"
        : statement.NotResources.Count > 0 ? "allows access to every resource except a list (Allow with NotResource)"
        : null;

    protected override string DocumentAttribute => "not_actions";
}
