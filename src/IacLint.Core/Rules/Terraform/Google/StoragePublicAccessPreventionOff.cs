using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3136: a bucket can still be made public.</summary>
public sealed class StoragePublicAccessPreventionOff : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3136",
        Name: "google-storage-public-access-prevention-off",
        Title: "Cloud Storage bucket does not enforce public access prevention",
        Description: "A `google_storage_bucket` has `public_access_prevention` unset or `\"inherited\"` (it then depends on an organization policy this configuration does not show) rather than `\"enforced\"`.",
        Why: "Public access prevention blocks `allUsers` and `allAuthenticatedUsers` grants on the bucket whatever IAM or ACL changes are made later, so one mistaken grant cannot leak the data.",
        HowToFix: "Set `public_access_prevention = \"enforced\"` on every bucket that is not meant to serve public content (or enforce the `storage.publicAccessPrevention` organization policy).",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              public_access_prevention = "enforced"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        RelatedIds: ["checkov:CKV_GCP_114"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override string Attribute => "public_access_prevention";

    protected override string UnsetMeaning => "default \"inherited\"";

    protected override bool IsSafe(TfValue value) => !TfConvert.TryString(value, out var prevention) || prevention == "enforced";

    protected override string Problem => "does not enforce public access prevention";
}
