using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1161: an SNS topic stores messages unencrypted.</summary>
public sealed class SnsTopicNotEncrypted : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1161",
        Name: "aws-sns-topic-not-encrypted",
        Title: "SNS topic is not encrypted",
        Description: "An `aws_sns_topic` has no `kms_master_key_id` (or an empty one): server-side encryption is off (the default).",
        Why: "Messages waiting for delivery (notifications, events with personal data) are stored unencrypted on SNS's side.",
        HowToFix: "Set `kms_master_key_id` to a customer-managed key (or at least `alias/aws/sns`).",
        Example: """
            ```hcl
            resource "aws_sns_topic" "orders" {
              kms_master_key_id = aws_kms_key.sns.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "sns"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0095", "tfsec:aws-sns-enable-topic-encryption", "checkov:CKV_AWS_26"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sns_topic"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_master_key_id"];

    protected override string MissingMeans => "(no server-side encryption)";

    protected override string Problem => "is not encrypted";
}
