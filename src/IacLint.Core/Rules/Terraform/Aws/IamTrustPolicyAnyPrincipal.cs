using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1024: iAM role can be assumed by any AWS principal.</summary>
public sealed class IamTrustPolicyAnyPrincipal : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1024",
        Name: "aws-iam-trust-policy-any-principal",
        Title: "IAM role can be assumed by any AWS principal",
        Description: "The trust policy of an `aws_iam_role` (`assume_role_policy`, or a policy document with `sts:AssumeRole*` and principals) allows the principal `\"*\"` (or `AWS = \"*\"`) without any condition.",
        Why: "A role that trusts `*` can be assumed by any AWS account in the world that learns its ARN, with whatever permissions the role holds.",
        HowToFix: "Name the accounts, roles or services that may assume the role, or at least add a condition such as `aws:PrincipalOrgID` or `sts:ExternalId`.",
        Example: """
            ```hcl
            data "aws_iam_policy_document" "trust" {
              statement {
                actions = ["sts:AssumeRole"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::111122223333:role/deployer"]
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AWS_60"],
        RelatedIds: ["checkov:CKV_AWS_61"],
        Precision: Precision.High);

    protected override bool TrustPolicies => true;

    protected override string? Problem(PolicyStatement statement) =>
        statement.Allows && statement.ConditionKeys.Count == 0 && statement.Principals.Any(p => p.Id == "*" && p.Type is "*" or "AWS")
            ? "can be assumed by any AWS principal (\"*\")"
            : null;

    protected override string DocumentAttribute => "principals";
}
