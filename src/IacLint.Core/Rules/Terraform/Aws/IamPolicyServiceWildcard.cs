using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1021: iAM policy allows every action of a service.</summary>
public sealed class IamPolicyServiceWildcard : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1021",
        Name: "aws-iam-policy-service-wildcard",
        Title: "IAM policy allows every action of a service",
        Description: "An Allow statement of an IAM identity policy (`aws_iam_policy`, role/user/group inline policies, a role's `inline_policy`, or a `data \"aws_iam_policy_document\"`) lists a whole-service wildcard action such as `\"s3:*\"`, or `\"*\"`.",
        Why: "A service wildcard grants every present and future action of the service, including deleting data, changing its policies and disabling its logging. It is rarely what a workload needs and widens the damage a leaked credential can do.",
        HowToFix: "List the actions the workload calls (`s3:GetObject`, `s3:PutObject`); IAM Access Analyzer can generate them from CloudTrail activity.",
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
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        EquivalentIds: ["trivy:AVD-AWS-0057", "tfsec:aws-iam-no-policy-wildcards"],
        RelatedIds: ["checkov:CKV_AWS_289", "checkov:CKV_AWS_290", "checkov:CKV_AWS_355"],
        Precision: Precision.High);

    protected override string? Problem(PolicyStatement statement) =>
        statement.Allows && statement.Actions.FirstOrDefault(IsServiceWildcard) is { } action ? $"allows every action of a service (\"{action}\")" : null;

    private static bool IsServiceWildcard(string action) => action == "*" || action.EndsWith(":*", StringComparison.Ordinal);
}
