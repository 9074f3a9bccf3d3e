using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1007: an IAM policy allows every action on every resource (full administrator).</summary>
public sealed class IamWildcardAdminPolicy : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1007",
        Name: "aws-iam-wildcard-admin-policy",
        Title: "IAM policy allows all actions on all resources",
        Description: "A statement with effect Allow has `\"*\"` among its actions and among its resources: in a `data \"aws_iam_policy_document\"`, or in the `policy` of `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy` or an `aws_iam_role` `inline_policy`, written with `jsonencode(...)` or as JSON text (heredoc).",
        Why: "`*` on `*` is full administrator access: whoever holds the role can read every secret, delete every resource and grant themselves anything. Least privilege limits the blast radius of a leaked key or a compromised workload.",
        HowToFix: "List the actions the workload needs and the resources (ARNs) it needs them on. IAM Access Analyzer can generate a policy from CloudTrail activity.",
        Example: """
            ```hcl
            statement {
              actions   = ["*"]
              resources = ["*"]
            }
            ```
            becomes
            ```hcl
            statement {
              actions   = ["s3:GetObject", "s3:PutObject"]
              resources = ["${aws_s3_bucket.uploads.arn}/*"]
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.0,
        Tags: ["security", "iam", "least-privilege", "terraform", "aws"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["checkov:CKV_AWS_1", "checkov:CKV_AWS_62", "checkov:CKV_AWS_63"],
        RelatedIds: ["trivy:AVD-AWS-0057", "tfsec:aws-iam-no-policy-wildcards"],
        Precision: Precision.VeryHigh);

    protected override string? Problem(PolicyStatement statement) =>
        statement.Allows && statement.Actions.Any(IsWildcard) && statement.Resources.Any(IsWildcard) ? "allows all actions (\"*\") on all resources (\"*\")" : null;
}
