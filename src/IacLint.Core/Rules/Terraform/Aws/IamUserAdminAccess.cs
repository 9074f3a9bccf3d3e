using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1025: iAM user is given administrator access.</summary>
public sealed class IamUserAdminAccess : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1025",
        Name: "aws-iam-user-admin-access",
        Title: "IAM user is given administrator access",
        Description: "An IAM user gets full administrator rights: `aws_iam_user_policy_attachment` (or `aws_iam_policy_attachment` with `users`) attaches `arn:aws:iam::aws:policy/AdministratorAccess` or an `aws_iam_policy` of the configuration that allows `*` on `*`, or an `aws_iam_user_policy` allows `*` on `*`.",
        Why: "An administrator user has long-lived credentials (password, access keys) that can do everything in the account. Administrators should assume a role with MFA and short sessions instead.",
        HowToFix: "Give administrators a role to assume (with an MFA condition) and attach policies to groups or roles, not users.",
        Example: """
            ```hcl
            resource "aws_iam_group_membership" "admins" {
              name  = "admins"
              group = aws_iam_group.admins.name
              users = [aws_iam_user.alice.name]
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.5,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        RelatedIds: ["checkov:CKV_AWS_274"],
        Precision: Precision.High);

    private const string AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess";

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_user_policy_attachment", "aws_iam_policy_attachment", "aws_iam_user_policy"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "aws_iam_user_policy")
        {
            if (resource.Body.Attribute("policy") is { } inline && PolicyDocuments.ReadResolved(configuration, resource.Body, inline) is { } statements && statements.Any(IsAdmin))
            {
                yield return Report(resource, inline, $"{resource.Address} gives an IAM user every action on every resource.");
            }
            yield break;
        }
        if (resource.Type == "aws_iam_policy_attachment" && PolicyDocuments.Strings(resource.Body.Attribute("users")?.Value).Count == 0 && resource.Body.Attribute("users")?.Value is not TfUnknown) yield break;
        var arn = resource.Body.Attribute("policy_arn");
        if (arn is null) yield break;
        if (arn.Value is TfString { Value: AdministratorAccess })
        {
            yield return Report(resource, arn, $"{resource.Address} attaches AdministratorAccess to an IAM user.");
        }
        else if (PolicyDocuments.ManagedPolicy(configuration, arn.Value) is { } statements && statements.Any(IsAdmin))
        {
            yield return Report(resource, arn, $"{resource.Address} attaches a policy that allows every action on every resource to an IAM user.");
        }
    }

    private static bool IsAdmin(PolicyStatement statement) => statement.Allows && statement.Actions.Contains("*") && statement.Resources.Contains("*");
}
