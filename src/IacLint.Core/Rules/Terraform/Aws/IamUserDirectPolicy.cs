using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1026: iAM policy granted directly to a user.</summary>
public sealed class IamUserDirectPolicy : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1026",
        Name: "aws-iam-user-direct-policy",
        Title: "IAM policy granted directly to a user",
        Description: "An `aws_iam_user_policy` (inline) or `aws_iam_user_policy_attachment` gives a policy to a single user, or an `aws_iam_policy_attachment` lists `users`.",
        Why: "Permissions given user by user drift apart and are forgotten when people change jobs; groups and roles keep access reviewable in one place.",
        HowToFix: "Attach the policy to a group (`aws_iam_group_policy_attachment`) and add the user to the group, or let the user assume a role.",
        Example: """
            ```hcl
            resource "aws_iam_group_policy_attachment" "developers" {
              group      = aws_iam_group.developers.name
              policy_arn = aws_iam_policy.developer.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["checkov:CKV_AWS_40", "trivy:AVD-AWS-0143", "tfsec:aws-iam-no-user-attached-policies"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "aws_iam_policy_attachment")
        {
            var users = resource.Body.Attribute("users");
            if (users is null) yield break;
            if (!users.Value.IsWhollyKnown) yield return CouldNotEvaluate(resource, users, "users", users.Value);
            else if (PolicyDocuments.Strings(users.Value).Count > 0) yield return Report(resource, users, $"{resource.Address} attaches a policy directly to IAM users.");
            yield break;
        }
        var user = resource.Body.Attribute("user");
        yield return Report(resource, user, $"{resource.Address} gives a policy directly to an IAM user{(user?.Value is TfString name ? $" ({name.Value})" : "")}.");
    }
}
