using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3155: a GKE cluster authorizes with legacy ABAC.</summary>
public sealed class GkeLegacyAbacEnabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3155",
        Name: "google-gke-legacy-abac",
        Title: "GKE cluster has legacy ABAC authorization on",
        Description: "A `google_container_cluster` has `enable_legacy_abac = true`.",
        Why: "Legacy ABAC grants broad static permissions (every service account in the cluster can act widely) and bypasses RBAC, so Kubernetes roles and bindings stop being the access control.",
        HowToFix: "Remove `enable_legacy_abac` (the default is false) and grant access with RBAC roles.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              enable_legacy_abac = false
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Access,
        Cwe: "CWE-285",
        EquivalentIds: ["trivy:AVD-GCP-0062", "tfsec:google-gke-use-rbac-permissions"],
        RelatedIds: ["checkov:CKV_GCP_7"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_legacy_abac"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "authorizes with legacy ABAC";
}
