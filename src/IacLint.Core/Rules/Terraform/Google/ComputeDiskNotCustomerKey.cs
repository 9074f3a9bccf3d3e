using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3187: a persistent disk uses Google-managed encryption keys.</summary>
public sealed class ComputeDiskNotCustomerKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3187",
        Name: "google-compute-disk-no-customer-key",
        Title: "Compute disk is not encrypted with a customer-managed key",
        Description: "A `google_compute_disk` or `google_compute_region_disk` has no `disk_encryption_key` with `kms_key_self_link` (or a customer-supplied key). Google encrypts every disk anyway; a customer key adds control.",
        Why: "With a customer-managed key you decide who can decrypt the disk and its snapshots, can revoke access by disabling the key, and see every use of the key in the audit log.",
        HowToFix: "Add `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disks.id }`.",
        Example: """
            ```hcl
            resource "google_compute_disk" "data" {
              name = "data"
              size = 200
              disk_encryption_key {
                kms_key_self_link = google_kms_crypto_key.disks.id
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-GCP-0034", "tfsec:google-compute-disk-encryption-customer-key"],
        RelatedIds: ["checkov:CKV_GCP_37"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_disk", "google_compute_region_disk"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var keyed = resource.Body.Blocks("disk_encryption_key").Any(block =>
            new[] { "kms_key_self_link", "kms_key_name", "raw_key", "rsa_encrypted_key" }.Any(name => block.Get(name) is { } key && key is not TfNull));
        if (!keyed) yield return Report(resource, null, $"{resource.Address} is not encrypted with a customer-managed key: disk_encryption_key.kms_key_self_link is not set.");
    }
}
