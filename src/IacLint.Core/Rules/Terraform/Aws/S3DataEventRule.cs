using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// Whether a CloudTrail trail of the configuration records S3 object-level (data) events of one kind, reads or
/// writes, for a bucket: basic <c>event_selector</c>s or <c>advanced_event_selector</c>s.
/// </summary>
public abstract class S3DataEventRule(string id, bool reads, IReadOnlyList<string> equivalents) : ResourceRule
{
    private readonly string _verb = reads ? "read" : "write";

    public override RuleDescriptor Descriptor { get; } = new(
        Id: id,
        Name: $"aws-s3-object-{(reads ? "read" : "write")}s-not-logged",
        Title: $"S3 object-level {(reads ? "read" : "write")} events are not logged by CloudTrail",
        Description: $"No `aws_cloudtrail` of the configuration records S3 data events of {(reads ? "read" : "write")} operations for an `aws_s3_bucket`: an `event_selector` with `read_write_type` \"All\" or {(reads ? "\"ReadOnly\"" : "\"WriteOnly\"")} and a `data_resource` of type `AWS::S3::Object` whose values cover the bucket (`arn:aws:s3`, `arn:aws:s3:::` or `arn:aws:s3:::<bucket>/`), or an `advanced_event_selector` selecting `AWS::S3::Object` data events.",
        Why: $"Management events do not show who {(reads ? "read" : "put or deleted")} which object. Without data events an investigation cannot tell what a leaked key {(reads ? "downloaded" : "changed")} (CIS AWS Foundations 3.{(reads ? "11" : "10")}).",
        HowToFix: "Add an event selector for S3 object data events to a trail (all buckets, or the sensitive ones).",
        Example: """
            ```hcl
            resource "aws_cloudtrail" "main" {
              name           = "main"
              s3_bucket_name = aws_s3_bucket.trail.id
              event_selector {
                read_write_type = "All"
                data_resource {
                  type   = "AWS::S3::Object"
                  values = ["arn:aws:s3"]
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "aws", "s3"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: equivalents,
        Precision: Precision.Medium);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        var name = (bucket.Body.Attribute("bucket")?.Value as TfString)?.Value;
        var trails = configuration.OfType("aws_cloudtrail");
        if (trails.Any(t => t.Body.Blocks("event_selector").Any(s => Basic(s, name)) || t.Body.Blocks("advanced_event_selector").Any(s => Advanced(s, name)))) yield break;
        yield return Report(bucket, null, $"No CloudTrail trail records S3 object-level {_verb} events for {bucket.Address}.");
    }

    private bool Basic(BlockView selector, string? bucketName)
    {
        var kind = (selector.Get("read_write_type") as TfString)?.Value ?? "All";
        if (kind != "All" && kind != (reads ? "ReadOnly" : "WriteOnly")) return false;
        return selector.Blocks("data_resource").Any(r => r.Get("type") is TfString { Value: "AWS::S3::Object" } &&
                                                         PolicyDocuments.Strings(r.Get("values")).Any(arn => Covers(arn, bucketName)));
    }

    private bool Advanced(BlockView selector, string? bucketName)
    {
        var fields = selector.Blocks("field_selector").ToList();
        string[] Equals(string field) => fields.Where(f => f.Get("field") is TfString s && s.Value == field).SelectMany(f => PolicyDocuments.Strings(f.Get("equals"))).ToArray();
        if (!Equals("resources.type").Contains("AWS::S3::Object")) return false;
        var readOnly = Equals("readOnly");
        if (readOnly.Length > 0 && !readOnly.Contains(reads ? "true" : "false")) return false;
        var arnPrefixes = fields.Where(f => f.Get("field") is TfString { Value: "resources.ARN" }).SelectMany(f => PolicyDocuments.Strings(f.Get("starts_with"))).ToList();
        return arnPrefixes.Count == 0 || arnPrefixes.Any(arn => Covers(arn, bucketName));
    }

    /// <summary>An ARN selector covers every bucket (<c>arn:aws:s3</c>, <c>arn:aws:s3:::</c>) or this bucket's objects.</summary>
    private static bool Covers(string arn, string? bucketName) =>
        arn is "arn:aws:s3" or "arn:aws:s3:::" || (bucketName is not null && arn.StartsWith($"arn:aws:s3:::{bucketName}/", StringComparison.Ordinal));
}
