using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3144: a role is granted to the Compute Engine or App Engine default service account.</summary>
public sealed class IamDefaultServiceAccountGranted : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3144",
        Name: "google-iam-default-service-account-granted",
        Title: "IAM role granted to a default service account",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants a role to the Compute Engine default service account (`PROJECT_NUMBER-compute@developer.gserviceaccount.com`), the App Engine default service account (`PROJECT_ID@appspot.gserviceaccount.com`), or `data.google_compute_default_service_account`. It covers Trivy's three per-level checks (project, folder, organization).",
        Why: "Default service accounts are attached to every VM or App Engine app that does not name another one, so a role granted to them is granted to all those workloads at once.",
        HowToFix: "Create a dedicated service account per workload, grant it the roles it needs, and attach it explicitly.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/pubsub.publisher"
              member  = "serviceAccount:${google_service_account.worker.email}" # instead of the default compute account"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        EquivalentIds: ["trivy:AVD-GCP-0006", "trivy:AVD-GCP-0004", "trivy:AVD-GCP-0008", "tfsec:google-iam-no-project-level-default-service-account-assignment", "tfsec:google-iam-no-folder-level-default-service-account-assignment", "tfsec:google-iam-no-org-level-default-service-account-assignment"]);

    protected override bool JudgesRole => false;

    protected override string? MemberProblem(string? role, TfValue member) => member switch
    {
        TfString s when Split(s.Value).Identity is var id &&
            (id.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.OrdinalIgnoreCase) || id.EndsWith("@appspot.gserviceaccount.com", StringComparison.OrdinalIgnoreCase))
            => $"grants {role ?? "a role"} to the default service account {s.Value}",
        TfUnknown { RefersTo: { } address } when address.Contains("data.google_compute_default_service_account.", StringComparison.Ordinal) || address.StartsWith("data.google_compute_default_service_account", StringComparison.Ordinal)
            => $"grants {role ?? "a role"} to the Compute Engine default service account ({address})",
        _ => null,
    };
}
