using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1163: an SQS queue has server-side encryption switched off.</summary>
public sealed class SqsQueueNotEncrypted : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1163",
        Name: "aws-sqs-queue-not-encrypted",
        Title: "SQS queue encryption is switched off",
        Description: "An `aws_sqs_queue` sets `sqs_managed_sse_enabled = false` without a `kms_master_key_id`. A queue that sets neither is encrypted with SSE-SQS, AWS's default for new queues since 2022, and does not fire.",
        Why: "Messages waiting in the queue (orders, jobs, events with personal data) are then stored unencrypted.",
        HowToFix: "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a customer-managed key.",
        Example: """
            ```hcl
            resource "aws_sqs_queue" "orders" {
              kms_master_key_id = aws_kms_key.sqs.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "sqs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0096", "tfsec:aws-sqs-enable-queue-encryption", "checkov:CKV_AWS_27"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sqs_queue"];

    protected override IReadOnlyList<string> Attributes { get; } = ["sqs_managed_sse_enabled"];

    protected override string Problem => "stores messages unencrypted";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("kms_master_key_id") is not { } key || key.Value is TfNull || key.Value is TfString { Value.Length: 0 };

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => IsFalse(value) ? "= false and no kms_master_key_id is set" : null;
}
