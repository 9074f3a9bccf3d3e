using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3182: an instance combines the default service account with the cloud-platform scope.</summary>
public sealed class ComputeDefaultServiceAccountFullAccess : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3182",
        Name: "google-compute-default-service-account-full-access",
        Title: "Compute instance runs as the default service account with full API access",
        Description: "A `google_compute_instance` or `google_compute_instance_template` uses the Compute Engine default service account (by address, `\"default\"`, or no `email`) with the `cloud-platform` scope (`https://www.googleapis.com/auth/cloud-platform`).",
        Why: "Scopes were the only thing limiting the default account's Editor role on the VM; with `cloud-platform` every process on the instance can use all of Editor's permissions on the project.",
        HowToFix: "Attach a dedicated, minimally privileged service account (with `cloud-platform` scope, so IAM decides), or narrow the scopes of the default account.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              service_account {
                email  = google_service_account.app.email # not the default account
                scopes = ["cloud-platform"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        RelatedIds: ["checkov:CKV_GCP_31"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var account in resource.Body.Blocks("service_account"))
        {
            var email = account.Get("email");
            var isDefault = email is null or TfNull || (email is TfString s && ComputeDefaultServiceAccount.IsDefaultComputeAccount(s.Value));
            if (!isDefault) continue;
            var scopes = account.Attribute("scopes");
            if (scopes is null) continue;
            if (!scopes.Value.IsWhollyKnown)
            {
                yield return CouldNotEvaluate(resource, scopes, "service_account.scopes", GoogleBlocks.FirstUnknown(scopes.Value));
                continue;
            }
            var full = GoogleBlocks.Strings(scopes.Value).FirstOrDefault(scope => scope.Value is "cloud-platform" or "https://www.googleapis.com/auth/cloud-platform");
            if (full is not null)
            {
                yield return Report(resource, scopes.Location, full.Origin ?? scopes.Origin, $"{resource.Address} gives the Compute Engine default service account full API access (scope {full.Value}).");
            }
        }
    }
}
