using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1164: an SQS queue is encrypted with the AWS-managed key.</summary>
public sealed class SqsQueueAwsManagedKey : AwsManagedKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1164",
        Name: "aws-sqs-queue-aws-managed-key",
        Title: "SQS queue uses the AWS-managed key",
        Description: "An `aws_sqs_queue` sets `kms_master_key_id` to the AWS-managed key `alias/aws/sqs`.",
        Why: "The AWS-managed key's policy cannot be changed: producers in other accounts and services such as SNS or EventBridge cannot be granted use of it, and you cannot restrict, audit separately or revoke decryption.",
        HowToFix: "Use a customer-managed key whose policy grants the producers `kms:GenerateDataKey` and the consumers `kms:Decrypt`.",
        Example: """
            ```hcl
            resource "aws_sqs_queue" "orders" {
              kms_master_key_id = aws_kms_key.sqs.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "aws", "sqs", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0135", "tfsec:aws-sqs-queue-encryption-use-cmk"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sqs_queue"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_master_key_id"];

    protected override string Problem => "is encrypted with the AWS-managed key";
}
