using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3132: a bucket keeps no noncurrent object versions.</summary>
public sealed class StorageVersioningDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3132",
        Name: "google-storage-versioning-disabled",
        Title: "Cloud Storage bucket versioning is off",
        Description: "A `google_storage_bucket` has `versioning.enabled` false, or no `versioning` block (the default is off).",
        Why: "Without versioning an overwritten or deleted object is gone: a faulty deploy, a bug or ransomware that rewrites objects cannot be undone.",
        HowToFix: "Add `versioning { enabled = true }`, with a lifecycle rule that deletes old noncurrent versions to bound the cost.",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              versioning {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Backup,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0078"],
        RelatedIds: ["checkov:CKV_GCP_78"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["versioning"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has versioning off";
}
