using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1124: an ECR repository policy grants access to anyone.</summary>
public sealed class EcrRepositoryPolicyPublic : ResourcePolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1124",
        Name: "aws-ecr-repository-policy-public",
        Title: "ECR repository policy allows any principal",
        Description: "An `aws_ecr_repository_policy` has an Allow statement whose principal is `*` (every AWS account, and anonymous callers) without a condition that narrows it, written as JSON, with `jsonencode` or in a `data \"aws_iam_policy_document\"`.",
        Why: "Anyone can then pull the images (code, embedded configuration and secrets) or, depending on the actions, push or change the repository policy itself.",
        HowToFix: "Name the accounts or roles that need access (`arn:aws:iam::123456789012:root`), or add a condition such as `aws:PrincipalOrgID`.",
        Example: """
            ```hcl
            data "aws_iam_policy_document" "pull" {
              statement {
                actions = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::123456789012:root"]
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "ecr"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        EquivalentIds: ["trivy:AVD-AWS-0032", "tfsec:aws-ecr-no-public-access", "checkov:CKV_AWS_32"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecr_repository_policy"];

    protected override string Problem => "allows any principal (\"*\") to use the repository";

    internal override bool IsOpen(PolicyStatement statement) => statement.OpenToAnyone;
}
