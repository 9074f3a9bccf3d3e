using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3165: a GKE cluster enables legacy client authentication.</summary>
public sealed class GkeLegacyClientAuthentication : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3165",
        Name: "google-gke-legacy-client-auth",
        Title: "GKE cluster uses basic authentication or client certificates",
        Description: "A `google_container_cluster` sets `master_auth.client_certificate_config.issue_client_certificate = true`, or a non-empty `master_auth.username`/`password` (basic authentication). Only the attribute is named in findings, never its value.",
        Why: "Static passwords and long-lived client certificates cannot be revoked individually and bypass Google identity (no 2-step verification, no IAM, no audit of who used them); whoever finds them in state or a kubeconfig is cluster admin.",
        HowToFix: "Remove `username`/`password` and set `issue_client_certificate = false` (or drop `master_auth`); authenticate with Google identities and IAM/RBAC.",
        Example: """
            ```hcl
            master_auth {
              client_certificate_config {
                issue_client_certificate = false
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        EquivalentIds: ["trivy:AVD-GCP-0064", "tfsec:google-gke-no-legacy-authentication"],
        RelatedIds: ["checkov:CKV_GCP_13", "checkov:CKV_GCP_19"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var auth in resource.Body.Blocks("master_auth"))
        {
            foreach (var name in new[] { "username", "password" })
            {
                if (auth.Attribute(name) is { } credential && credential.Value is TfString { Value.Length: > 0 })
                {
                    yield return Report(resource, credential, $"{resource.Address} enables basic authentication: master_auth.{name} is set.");
                }
            }
            foreach (var certificate in auth.Blocks("client_certificate_config"))
            {
                var issue = certificate.Attribute("issue_client_certificate");
                if (issue is null) continue;
                if (!issue.Value.IsKnown) yield return CouldNotEvaluate(resource, issue, "issue_client_certificate", issue.Value);
                else if (IsTrue(issue.Value)) yield return Report(resource, issue, $"{resource.Address} issues client certificates: master_auth.client_certificate_config.issue_client_certificate = true.");
            }
        }
    }
}
