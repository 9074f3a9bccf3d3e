using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1036: s3 bucket is not encrypted with a customer managed key.</summary>
public sealed class S3EncryptionWithoutCmk : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1036",
        Name: "aws-s3-encryption-without-cmk",
        Title: "S3 bucket is not encrypted with a customer managed key",
        Description: "The server-side encryption configuration of an `aws_s3_bucket` (an `aws_s3_bucket_server_side_encryption_configuration` or the inline block) uses `AES256` (SSE-S3) or `aws:kms` without `kms_master_key_id` (the AWS managed key). Buckets that receive S3 server access logs are exempt: log delivery cannot write to a bucket encrypted with a customer managed key.",
        Why: "With a customer managed key, reading the data also needs `kms:Decrypt` on a key you control: the key policy is a second gate, key use is logged in CloudTrail, and disabling the key cuts off access in one step.",
        HowToFix: "Set `sse_algorithm = \"aws:kms\"` and `kms_master_key_id` to an `aws_kms_key` you manage (with rotation on).",
        Example: """
            ```hcl
            resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
              bucket = aws_s3_bucket.data.id
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm     = "aws:kms"
                  kms_master_key_id = aws_kms_key.data.arn
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "s3"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_145", "trivy:AVD-AWS-0132", "tfsec:aws-s3-encryption-customer-key"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        var inline = bucket.Body.Blocks("server_side_encryption_configuration").Select(b => (Owner: bucket, Block: b));
        var companions = Companions.For(configuration, bucket, "aws_s3_bucket_server_side_encryption_configuration", "bucket")
            .Select(c => (Owner: c, Block: new BlockView(c.Body, c.Body.Span, null)));
        var defaults = inline.Concat(companions)
            .SelectMany(c => c.Block.Blocks("rule").SelectMany(r => r.Blocks("apply_server_side_encryption_by_default")).Select(d => (c.Owner, Default: d)))
            .ToList();
        if (defaults.Count == 0 || S3Companions.ReceivesLogs(configuration, bucket)) yield break;
        foreach (var (owner, encryption) in defaults)
        {
            var algorithm = encryption.Attribute("sse_algorithm");
            var key = encryption.Attribute("kms_master_key_id");
            if (algorithm is null) continue;
            if (!algorithm.Value.IsKnown) yield return CouldNotEvaluate(owner, algorithm, "sse_algorithm", algorithm.Value);
            else if (algorithm.Value is TfString { Value: "AES256" }) yield return Report(owner, algorithm, $"{bucket.Address} is encrypted with S3 managed keys (AES256), not a customer managed key.");
            else if (key is null || key.Value is TfNull || key.Value is TfString { Value: "" } || key.Value is TfString { Value: "alias/aws/s3" })
            {
                yield return Report(owner, key ?? algorithm, $"{bucket.Address} uses aws:kms with the AWS managed key: kms_master_key_id is not set to a customer managed key.");
            }
        }
    }
}
