using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3140: a project, folder or organization role is granted to everyone.</summary>
public sealed class IamPublicMember : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3140",
        Name: "google-iam-public-member",
        Title: "IAM role granted to allUsers or allAuthenticatedUsers on a project, folder or organization",
        Description: "A `google_project_iam_*`, `google_folder_iam_*` or `google_organization_iam_*` member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants a role to `allUsers` (anyone) or `allAuthenticatedUsers` (anyone with a Google account).",
        Why: "A role granted to everyone on a project, folder or organization applies to every resource below it: anyone on the internet gets its permissions.",
        HowToFix: "Grant the role to the specific groups or service accounts that need it.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/viewer"
              member  = "group:auditors@example.com" # instead of "allAuthenticatedUsers"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.3,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284");

    protected override bool JudgesRole => false;

    protected override string? MemberProblem(string? role, TfValue member) => GrantToEveryone(role, member);
}
