using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3134: a bucket uses Google-managed encryption keys.</summary>
public sealed class StorageNoCustomerManagedKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3134",
        Name: "google-storage-no-customer-managed-key",
        Title: "Cloud Storage bucket is not encrypted with a customer-managed key",
        Description: "A `google_storage_bucket` has no `encryption.default_kms_key_name`, so its objects are encrypted with Google-managed keys. Google encrypts every object at rest anyway; a customer-managed key adds control (revocation, rotation, audit) that sensitive data needs.",
        Why: "With a Cloud KMS key you decide who can decrypt, can revoke access by disabling the key, and see every use of the key in the audit log - a requirement of many compliance regimes for sensitive data.",
        HowToFix: "Set `encryption { default_kms_key_name = google_kms_crypto_key.x.id }` and grant the Cloud Storage service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.",
        Example: """
            ```hcl
            resource "google_storage_bucket" "reports" {
              name     = "acme-reports"
              location = "EU"
              encryption {
                default_kms_key_name = google_kms_crypto_key.storage.id
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "storage"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-GCP-0066", "tfsec:google-storage-bucket-encryption-customer-key"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_storage_bucket"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var keys = resource.Body.Blocks("encryption").Select(b => b.Attribute("default_kms_key_name")).ToList();
        if (keys.Count == 0 || keys.All(k => k is null || k.Value is IacLint.Terraform.Values.TfNull))
        {
            yield return Report(resource, null, $"{resource.Address} is not encrypted with a customer-managed key: encryption.default_kms_key_name is not set.");
        }
    }
}
