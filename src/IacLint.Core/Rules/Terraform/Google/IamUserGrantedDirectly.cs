using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3142: a project, folder or organization role is granted to a single user.</summary>
public sealed class IamUserGrantedDirectly : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3142",
        Name: "google-iam-user-granted-directly",
        Title: "IAM role granted directly to a user",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants a role to a `user:` member instead of a group.",
        Why: "Grants to individuals pile up and are forgotten when people change teams or leave; grants to groups are reviewed and revoked in one place.",
        HowToFix: "Grant the role to a Google group and manage membership in the group.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/logging.viewer"
              member  = "group:sre@example.com" # instead of "user:jane@example.com"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0003", "tfsec:google-iam-no-user-granted-permissions"]);

    protected override bool JudgesRole => false;

    protected override string? MemberProblem(string? role, TfValue member) =>
        member is TfString s && Split(s.Value).Kind == "user" ? $"grants {role ?? "a role"} directly to {s.Value}" : null;
}
