using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3147: a role is granted to a consumer email account.</summary>
public sealed class IamPersonalAccount : GoogleIamGrantRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3147",
        Name: "google-iam-personal-account",
        Title: "IAM role granted to a personal email account",
        Description: "A project, folder or organization IAM member, binding or authoritative policy (the bindings of its `data.google_iam_policy`) grants a role to a `user:` whose address is at a consumer email provider (gmail.com, googlemail.com, hotmail.com, outlook.com, live.com, yahoo.com, icloud.com, aol.com, proton.me, protonmail.com).",
        Why: "Personal accounts are outside the organization's control: no enforced 2-step verification, no offboarding when the person leaves, no audit of the account itself.",
        HowToFix: "Grant the role to an account or group of the organization's Cloud Identity or Workspace domain.",
        Example: """
            ```hcl
            resource "google_project_iam_member" "deployer" {
              project = "acme-prod"
              role    = "roles/viewer"
              member  = "user:jane@example.com" # instead of "user:jane.doe@gmail.com"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0069"]);

    private static readonly string[] ConsumerDomains =
        ["gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "live.com", "yahoo.com", "icloud.com", "aol.com", "proton.me", "protonmail.com"];

    protected override bool JudgesRole => false;

    protected override string? MemberProblem(string? role, TfValue member) =>
        member is TfString s && Split(s.Value) is ("user", var email) && ConsumerDomains.Any(d => email.EndsWith("@" + d, StringComparison.OrdinalIgnoreCase))
            ? $"grants {role ?? "a role"} to the personal account {s.Value}"
            : null;
}
