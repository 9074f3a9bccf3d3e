using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3186: an instance boot disk uses Google-managed encryption keys.</summary>
public sealed class ComputeInstanceDiskNotCustomerKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3186",
        Name: "google-compute-instance-disk-no-customer-key",
        Title: "Compute instance boot disk is not encrypted with a customer-managed key",
        Description: "The `boot_disk` of a `google_compute_instance` has neither `kms_key_self_link` (a Cloud KMS key) nor a customer-supplied key. Google encrypts every disk anyway; a customer key adds control.",
        Why: "With a customer-managed key you decide who can decrypt the disk, can revoke access by disabling the key, and see every use of the key in the audit log.",
        HowToFix: "Set `boot_disk { kms_key_self_link = google_kms_crypto_key.disks.id }` and let the Compute Engine service agent use the key.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              boot_disk {
                kms_key_self_link = google_kms_crypto_key.disks.id
                initialize_params {
                  image = "debian-cloud/debian-12"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-GCP-0033", "tfsec:google-compute-vm-disk-encryption-customer-key"],
        RelatedIds: ["checkov:CKV_GCP_38"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var disk in resource.Body.Blocks("boot_disk"))
        {
            var keyed = new[] { "kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa" }.Any(name => disk.Get(name) is { } key && key is not TfNull);
            if (!keyed) yield return Report(resource, null, $"{resource.Address} boot disk is not encrypted with a customer-managed key: boot_disk.kms_key_self_link is not set.");
        }
    }
}
