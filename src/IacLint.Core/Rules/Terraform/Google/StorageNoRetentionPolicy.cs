using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3133: a bucket has no retention policy.</summary>
public sealed class StorageNoRetentionPolicy : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3133",
        Name: "google-storage-no-retention-policy",
        Title: "Cloud Storage bucket has no retention policy",
        Description: "A `google_storage_bucket` has no `retention_policy` block, so any object can be deleted or replaced at any time by whoever may write to the bucket. A note by default: retention is wanted for audit logs, backups and records, not for every bucket; raise it in `iaclint.toml` for repositories where it is required.",
        Why: "A retention policy (locked, for compliance) keeps objects for a minimum time even against an administrator or a stolen credential: backups and audit logs survive a ransomware attack or a malicious insider.",
        HowToFix: "Add `retention_policy { retention_period = <seconds> }` (and `is_locked = true` once the period is final) to buckets holding backups, logs or records.",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              retention_policy {
                retention_period = 2592000 # 30 days
              }
            }
            ```
            """,
        DefaultLevel: Level.Note,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Backup,
        Cwe: "CWE-693");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!resource.Body.Blocks("retention_policy").Any())
        {
            yield return Report(resource, null, $"{resource.Address} has no retention_policy: its objects can be deleted at any time.");
        }
    }
}
