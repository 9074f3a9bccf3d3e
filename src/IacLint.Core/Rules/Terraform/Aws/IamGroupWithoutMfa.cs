using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1028: iAM group does not require MFA.</summary>
public sealed class IamGroupWithoutMfa : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1028",
        Name: "aws-iam-group-without-mfa",
        Title: "IAM group does not require MFA",
        Description: "An `aws_iam_group` has no policy (inline `aws_iam_group_policy`, or an `aws_iam_policy` of the configuration attached with `aws_iam_group_policy_attachment` or `aws_iam_policy_attachment`) with an `aws:MultiFactorAuthPresent` condition.",
        Why: "Without an MFA condition a stolen password or access key is enough to use the group's permissions.",
        HowToFix: "Add a statement to a policy of the group that allows (or denies without) access on the condition `aws:MultiFactorAuthPresent`.",
        Example: """
            ```hcl
            resource "aws_iam_group_policy" "mfa" {
              group  = aws_iam_group.support.name
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect    = "Allow"
                  Action    = "ec2:Describe*"
                  Resource  = "*"
                  Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
                }]
              })
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-308",
        EquivalentIds: ["trivy:AVD-AWS-0123", "tfsec:aws-iam-enforce-group-mfa", "tfsec:aws-iam-enforce-mfa"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_iam_group"];

    protected override IEnumerable<Finding> Check(ResourceInstance group, TerraformConfiguration configuration)
    {
        var policies = configuration.OfType("aws_iam_group_policy").Where(p => Names(group, p.Body.Attribute("group")?.Value))
            .Select(p => p.Body.Attribute("policy") is { } policy ? PolicyDocuments.ReadResolved(configuration, p.Body, policy) : [])
            .Concat(configuration.OfType("aws_iam_group_policy_attachment").Where(a => Names(group, a.Body.Attribute("group")?.Value))
                .Concat(configuration.OfType("aws_iam_policy_attachment").Where(a => a.Body.Attribute("groups")?.Value is TfList groups && groups.Items.Any(g => Names(group, g))))
                .Select(a => PolicyDocuments.ManagedPolicy(configuration, a.Body.Attribute("policy_arn")?.Value)))
            .ToList();
        if (policies.Any(statements => statements?.Any(s => s.ConditionKeys.Any(k => k.Equals("aws:MultiFactorAuthPresent", StringComparison.OrdinalIgnoreCase))) == true)) yield break;
        if (policies.Any(statements => statements is null))
        {
            yield return Report(group, null, $"Could not tell whether {group.Address} requires MFA: one of its policies is not in the configuration or known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(group, null, $"{group.Address} has no policy with an aws:MultiFactorAuthPresent condition.");
    }

    private static bool Names(ResourceInstance group, TfValue? value) => value switch
    {
        TfString name => group.Body.Attribute("name")?.Value is TfString own && own.Value == name.Value,
        TfUnknown unknown => unknown.RefersTo == group.Address,
        _ => false,
    };
}
