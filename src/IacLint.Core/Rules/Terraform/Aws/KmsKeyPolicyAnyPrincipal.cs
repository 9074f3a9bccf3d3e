using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1139: a KMS key policy lets any principal use or manage the key.</summary>
public sealed class KmsKeyPolicyAnyPrincipal : ResourcePolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1139",
        Name: "aws-kms-key-policy-any-principal",
        Title: "KMS key policy allows any principal",
        Description: "The `policy` of an `aws_kms_key` or `aws_kms_key_policy` has an Allow statement whose principal is `*` without a condition that narrows it (such as `kms:CallerAccount` or `aws:PrincipalOrgID`); JSON, `jsonencode` or a policy document data source.",
        Why: "A key policy is the only gate on a KMS key: `\"Principal\": \"*\"` lets every AWS account decrypt what the key protects, or re-key and schedule its deletion, depending on the actions.",
        HowToFix: "Name the account root or the roles that need the key, or add a condition restricting callers to your account or organization.",
        Example: """
            ```hcl
            statement {
              actions = ["kms:*"]
              principals {
                type        = "AWS"
                identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
              }
              resources = ["*"]
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.5,
        Tags: ["security", "terraform", "aws", "kms"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        EquivalentIds: ["checkov:CKV_AWS_33"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_kms_key", "aws_kms_key_policy"];

    protected override string Problem => "has a key policy that allows any principal (\"*\") without a condition";

    internal override bool IsOpen(PolicyStatement statement) => statement.OpenToAnyone;
}
