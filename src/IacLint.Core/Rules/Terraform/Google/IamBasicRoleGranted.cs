using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3141: roles/owner or roles/editor is granted to people.</summary>
public sealed class IamBasicRoleGranted : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3141",
        Name: "google-iam-basic-role",
        Title: "Basic role (owner or editor) granted to a user or group",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants `roles/owner` or `roles/editor` to a `user:`, `group:` or `domain:` member. (Service accounts with such roles are IAC3143's finding.)",
        Why: "Basic roles carry thousands of permissions across every service, including reading all data and (owner) changing IAM. Anyone phished or leaving the company with such a role puts the whole project at risk.",
        HowToFix: "Grant predefined roles that cover what each person does (`roles/cloudsql.client`, `roles/logging.viewer`, ...), ideally to groups, and keep owners to a break-glass group.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/cloudsql.client" # instead of roles/editor"
              member  = "group:backend@example.com"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-250");

    protected override string? MemberProblem(string? role, TfValue member) =>
        role is "roles/owner" or "roles/editor" && member is TfString s && Split(s.Value).Kind is "user" or "group" or "domain"
            ? $"grants the basic role {role} to {s.Value}"
            : null;
}
