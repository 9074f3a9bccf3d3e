using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3188: a customer-supplied disk encryption key is in the configuration.</summary>
public sealed class ComputeDiskRawKeyInConfig : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3188",
        Name: "google-compute-disk-raw-key",
        Title: "Disk encryption key written in the configuration",
        Description: "A `google_compute_disk` or `google_compute_region_disk` sets `disk_encryption_key.raw_key` or `rsa_encrypted_key`, or a `google_compute_instance` sets `disk_encryption_key_raw` (or `_rsa`) on `boot_disk` or `attached_disk`: the key material is in the Terraform code or variables and in the state. Findings name the attribute, never the key.",
        Why: "Anyone who can read the repository, the variables or the state gets the key that decrypts the disk and its snapshots; the key cannot be rotated without recreating the disk.",
        HowToFix: "Use a Cloud KMS key (`kms_key_self_link`) instead of a raw or RSA-wrapped key, and rotate the exposed key by recreating the disk.",
        Example: """
            ```hcl
            disk_encryption_key {
              kms_key_self_link = google_kms_crypto_key.disks.id # instead of raw_key = "..."
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.5,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        EquivalentIds: ["trivy:AVD-GCP-0037", "tfsec:google-compute-disk-encryption-no-plaintext-key"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_disk", "google_compute_region_disk", "google_compute_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        IEnumerable<(BlockView Block, string Where, string[] Names)> places = resource.Type == "google_compute_instance"
            ? resource.Body.Blocks("boot_disk").Select(b => (b, "boot_disk", new[] { "disk_encryption_key_raw", "disk_encryption_key_rsa" }))
                .Concat(resource.Body.Blocks("attached_disk").Select(b => (b, "attached_disk", new[] { "disk_encryption_key_raw", "disk_encryption_key_rsa" })))
            : resource.Body.Blocks("disk_encryption_key").Select(b => (b, "disk_encryption_key", new[] { "raw_key", "rsa_encrypted_key" }));
        foreach (var (block, where, names) in places)
        {
            foreach (var name in names)
            {
                var key = block.Attribute(name);
                if (key is null || key.Value is TfNull) continue;
                // Unknown values (a secret manager lookup) still put the key into the state: reported, never printed.
                yield return Report(resource, key, $"{resource.Address} has a disk encryption key in its configuration ({where}.{name}); the key is stored in the Terraform state.");
            }
        }
    }
}
