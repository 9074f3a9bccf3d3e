using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1162: an SNS topic is encrypted with the AWS-managed key.</summary>
public sealed class SnsTopicAwsManagedKey : AwsManagedKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1162",
        Name: "aws-sns-topic-aws-managed-key",
        Title: "SNS topic uses the AWS-managed key",
        Description: "An `aws_sns_topic` sets `kms_master_key_id` to the AWS-managed key `alias/aws/sns`. (A topic with no key at all is IAC1161's finding.)",
        Why: "The AWS-managed key's policy cannot be changed: publishers in other accounts and services such as EventBridge or S3 cannot be granted use of it, and you cannot restrict, audit separately or revoke decryption.",
        HowToFix: "Create a customer-managed key whose policy grants the publishing services `kms:GenerateDataKey*` and `kms:Decrypt`, and use it.",
        Example: """
            ```hcl
            resource "aws_sns_topic" "orders" {
              kms_master_key_id = aws_kms_key.sns.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "aws", "sns", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0136", "tfsec:aws-sns-topic-encryption-use-cmk"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sns_topic"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_master_key_id"];

    protected override string Problem => "is encrypted with the AWS-managed key";
}
