using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1137: a Kinesis data stream stores records unencrypted.</summary>
public sealed class KinesisStreamNotEncrypted : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1137",
        Name: "aws-kinesis-stream-not-encrypted",
        Title: "Kinesis stream is not encrypted",
        Description: "An `aws_kinesis_stream` has `encryption_type` unset (the default is `NONE`) or `NONE`, or `KMS` without a `kms_key_id`.",
        Why: "Records in the stream (often events with personal data) are stored for up to a year; without server-side encryption they are kept in plaintext.",
        HowToFix: "Set `encryption_type = \"KMS\"` and `kms_key_id` (a customer-managed key, or `alias/aws/kinesis`).",
        Example: """
            ```hcl
            resource "aws_kinesis_stream" "events" {
              encryption_type = "KMS"
              kms_key_id      = aws_kms_key.kinesis.arn
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "kinesis"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0064", "tfsec:aws-kinesis-enable-in-transit-encryption", "checkov:CKV_AWS_43"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_kinesis_stream"];

    protected override IReadOnlyList<string> Attributes { get; } = ["encryption_type"];

    protected override string Problem => "is not encrypted";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default \"NONE\")";

    protected override string? Judge(TfValue value, ResourceInstance resource)
    {
        if (value is not TfString { Value: "KMS" }) return $"= {Quote(value)}";
        var key = resource.Body.Attribute("kms_key_id");
        return key is null || key.Value is TfNull || (key.Value is TfString s && s.Value.Length == 0) ? "= \"KMS\" without a kms_key_id" : null;
    }
}
