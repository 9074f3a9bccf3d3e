using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3181: an instance uses the Compute Engine default service account.</summary>
public sealed class ComputeDefaultServiceAccount : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3181",
        Name: "google-compute-default-service-account",
        Title: "Compute instance runs as the default service account",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has a `service_account` block whose `email` is the Compute Engine default service account (`...-compute@developer.gserviceaccount.com` or `\"default\"`) or is not set (the default account is then used).",
        Why: "The default compute service account usually has the Editor role on the project, so every process on the VM (and anyone who compromises it) can change almost anything in the project.",
        HowToFix: "Create a service account per workload with only the roles it needs and set it as `service_account.email`.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              service_account {
                email  = google_service_account.app.email
                scopes = ["cloud-platform"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        EquivalentIds: ["trivy:AVD-GCP-0044", "tfsec:google-compute-no-default-service-account"],
        RelatedIds: ["checkov:CKV_GCP_30"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var account in resource.Body.Blocks("service_account"))
        {
            var email = account.Attribute("email");
            if (email is null || email.Value is TfNull)
            {
                yield return Report(resource, null, $"{resource.Address} runs as the Compute Engine default service account: service_account.email is not set.");
            }
            else if (email.Value is TfString { Value: var text } && IsDefaultComputeAccount(text))
            {
                yield return Report(resource, email, $"{resource.Address} runs as the Compute Engine default service account {text}.");
            }
        }
    }

    /// <summary>The Compute Engine default service account, by address or by the "default" alias.</summary>
    public static bool IsDefaultComputeAccount(string email) =>
        email == "default" || email.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.OrdinalIgnoreCase);
}
