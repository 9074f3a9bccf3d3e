using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3145: a role that can impersonate every service account is granted above the service account.</summary>
public sealed class IamServiceAccountImpersonation : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3145",
        Name: "google-iam-service-account-impersonation",
        Title: "Service Account User or Token Creator granted on a project, folder or organization",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants `roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator`. It covers Trivy's three per-level checks.",
        Why: "Granted on a project (or above), these roles let the member act as every service account in it, including the most privileged one: a privilege escalation path.",
        HowToFix: "Grant the role on the individual service account (`google_service_account_iam_member`) the member needs to use.",
        Example: """
            ```hcl
            resource "google_service_account_iam_member" "deployer" {
              service_account_id = google_service_account.runtime.name
              role               = "roles/iam.serviceAccountUser"
              member             = "group:deployers@example.com"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["trivy:AVD-GCP-0011", "trivy:AVD-GCP-0005", "trivy:AVD-GCP-0009", "tfsec:google-iam-no-project-level-service-account-impersonation", "tfsec:google-iam-no-folder-level-service-account-impersonation", "tfsec:google-iam-no-org-level-service-account-impersonation"],
        RelatedIds: ["checkov:CKV_GCP_41"]);

    protected override bool JudgesMembers => false;

    protected override string? RoleProblem(string role) =>
        role is "roles/iam.serviceAccountUser" or "roles/iam.serviceAccountTokenCreator" ? $"grants {role}, which can impersonate every service account below it" : null;
}
