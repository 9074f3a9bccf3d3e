using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3143: a service account gets a privileged role.</summary>
public sealed class IamPrivilegedServiceAccount : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3143",
        Name: "google-iam-privileged-service-account",
        Title: "Service account granted owner, editor or an admin role",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants `roles/owner`, `roles/editor` or a role whose name ends in `admin` (e.g. `roles/storage.admin`, `roles/iam.securityAdmin`) to a service account.",
        Why: "Service account credentials live on machines and in pipelines; whoever steals one gets its roles. With owner, editor or an admin role that is the whole project, or a path to it through IAM.",
        HowToFix: "Grant the service account the narrowest predefined or custom role its workload needs.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/storage.objectCreator" # instead of roles/editor"
              member  = "serviceAccount:${google_service_account.deployer.email}"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        EquivalentIds: ["trivy:AVD-GCP-0007", "tfsec:google-iam-no-privileged-service-accounts"],
        RelatedIds: ["checkov:CKV_GCP_42"]);

    protected override string? MemberProblem(string? role, TfValue member) =>
        role is null || !IsPrivilegedRole(role) ? null : member switch
        {
            TfString s when IsServiceAccount(s.Value) => $"grants the privileged role {role} to {s.Value}",
            TfUnknown { RefersTo: { } address } when address.Contains("google_service_account.", StringComparison.Ordinal) => $"grants the privileged role {role} to the service account {address}",
            _ => null,
        };
}
