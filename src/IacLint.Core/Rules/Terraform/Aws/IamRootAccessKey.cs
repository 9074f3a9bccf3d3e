using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1027: access key for the root user.</summary>
public sealed class IamRootAccessKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1027",
        Name: "aws-iam-root-access-key",
        Title: "Access key for the root user",
        Description: "An `aws_iam_access_key` is created for a user named `root`.",
        Why: "The root user can do everything, including closing the account, and its keys cannot be limited by IAM policies. AWS and CIS say the root user should have no access keys at all.",
        HowToFix: "Delete the key; use IAM roles (or an IAM user with only the rights it needs) for programmatic access.",
        Example: """
            ```hcl
            resource "aws_iam_access_key" "deployer" {
              user = aws_iam_user.deployer.name
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        EquivalentIds: ["trivy:AVD-AWS-0141", "tfsec:aws-iam-no-root-access-keys"],
        RelatedIds: ["checkov:CKV_AWS_348"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_access_key"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var user = resource.Body.Attribute("user");
        if (user is null) yield break;
        if (!user.Value.IsKnown) yield return CouldNotEvaluate(resource, user, "user", user.Value);
        else if (user.Value is TfString { Value: "root" }) yield return Report(resource, user, $"{resource.Address} creates an access key for the root user.");
    }
}
