using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3135: a bucket writes no usage and storage logs.</summary>
public sealed class StorageAccessLoggingDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3135",
        Name: "google-storage-access-logging-disabled",
        Title: "Cloud Storage bucket has no usage logs",
        Description: "A `google_storage_bucket` has no `logging` block with a `log_bucket`. Buckets that receive other buckets' logs in the same configuration are skipped.",
        Why: "Usage logs record every request to the bucket (who read or wrote which object, from where); without them (or Data Access audit logs) a leak cannot be scoped.",
        HowToFix: "Add `logging { log_bucket = google_storage_bucket.logs.name }`, or enable Data Access audit logs for Cloud Storage.",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              logging {
                log_bucket = google_storage_bucket.logs.name
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0077"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("logging").Any(b => b.Get("log_bucket") is { } target && target is not TfNull)) yield break;
        var name = resource.Body.Attribute("name")?.Value as TfString;
        var receivesLogs = configuration.OfType("google_storage_bucket").Any(other => other != resource && other.Body.Blocks("logging").Any(b =>
            b.Get("log_bucket") is { } target &&
            ((target is TfString s && name is not null && s.Value == name.Value) || (target is TfUnknown u && u.RefersTo == resource.Address))));
        if (!receivesLogs) yield return Report(resource, null, $"{resource.Address} has no usage logs: no logging block with a log_bucket.");
    }
}
