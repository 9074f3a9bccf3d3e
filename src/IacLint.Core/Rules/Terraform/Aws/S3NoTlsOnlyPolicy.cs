using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1035: s3 bucket policy does not deny plain HTTP requests.</summary>
public sealed class S3NoTlsOnlyPolicy : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1035",
        Name: "aws-s3-no-tls-only-policy",
        Title: "S3 bucket policy does not deny plain HTTP requests",
        Description: "An `aws_s3_bucket` has no bucket policy (`aws_s3_bucket_policy`, or the bucket's own `policy`) with a Deny statement on the condition `aws:SecureTransport` (false), so requests over plain HTTP are accepted.",
        Why: "Without the deny, clients and SDKs that are misconfigured to use `http://` endpoints send data and credentials-signed requests unencrypted; AWS Security Hub (S3.5) and CIS ask for TLS-only bucket policies.",
        HowToFix: "Add a statement that denies `s3:*` on the bucket and its objects when `aws:SecureTransport` is `false`.",
        Example: """
            ```hcl
            data "aws_iam_policy_document" "tls_only" {
              statement {
                effect    = "Deny"
                actions   = ["s3:*"]
                resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
                principals {
                  type        = "*"
                  identifiers = ["*"]
                }
                condition {
                  test     = "Bool"
                  variable = "aws:SecureTransport"
                  values   = ["false"]
                }
              }
            }

            resource "aws_s3_bucket_policy" "data" {
              bucket = aws_s3_bucket.data.id
              policy = data.aws_iam_policy_document.tls_only.json
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "s3"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        Precision: Precision.Medium);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        var policies = Companions.For(configuration, bucket, "aws_s3_bucket_policy", "bucket").Select(p => (Owner: p, Policy: p.Body.Attribute("policy")))
            .Append((Owner: bucket, Policy: bucket.Body.Attribute("policy")))
            .Where(p => p.Policy is not null)
            .Select(p => PolicyDocuments.ReadResolved(configuration, p.Owner.Body, p.Policy!))
            .ToList();
        if (policies.Any(statements => statements?.Any(DeniesPlainHttp) == true)) yield break;
        if (policies.Any(statements => statements is null) || Companions.AnyUnresolved(configuration, bucket, "aws_s3_bucket_policy", "bucket"))
        {
            yield return Report(bucket, null, $"Could not tell whether {bucket.Address} denies plain HTTP: a bucket policy is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(bucket, null, $"{bucket.Address} has no bucket policy statement denying requests without aws:SecureTransport.");
    }

    private static bool DeniesPlainHttp(PolicyStatement statement) =>
        !statement.Allows && statement.ConditionKeys.Any(k => k.Equals("aws:SecureTransport", StringComparison.OrdinalIgnoreCase));
}
