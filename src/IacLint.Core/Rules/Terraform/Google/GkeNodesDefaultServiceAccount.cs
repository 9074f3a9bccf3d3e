using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3170: GKE nodes use the default compute service account.</summary>
public sealed class GkeNodesDefaultServiceAccount : GkeNodeConfigRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3170",
        Name: "google-gke-nodes-default-service-account",
        Title: "GKE nodes run as the Compute Engine default service account",
        Description: "A GKE `node_config` has no `service_account` (or names `...-compute@developer.gserviceaccount.com`), so the nodes run as the Compute Engine default service account; also node auto-provisioning (`cluster_autoscaling.auto_provisioning_defaults`) without a `service_account`. Autopilot clusters and clusters whose default pool is removed are judged by their node pools.",
        Why: "The default compute service account usually holds the Editor role on the project; every pod that reaches the node's metadata server (or escapes its container) inherits it.",
        HowToFix: "Create a minimal service account for nodes (`roles/logging.logWriter`, `roles/monitoring.metricWriter`, `roles/artifactregistry.reader`) and set `node_config { service_account = ... }`.",
        Example: """
            ```hcl
            node_config {
              service_account = google_service_account.gke_nodes.email
              oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Access,
        Cwe: "CWE-250",
        EquivalentIds: ["trivy:AVD-GCP-0050", "tfsec:google-gke-use-service-account"]);

    protected override IEnumerable<Finding> CheckNodeConfig(ResourceInstance resource, BlockView nodeConfig, string where) =>
        Judge(resource, nodeConfig, where);

    protected override IEnumerable<Finding> CheckMissingNodeConfig(ResourceInstance resource, string where) =>
        [Report(resource, null, $"{resource.Address} runs its nodes as the Compute Engine default service account: {where}.service_account is not set (no {where} block).")];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var finding in base.Check(resource, configuration)) yield return finding;
        foreach (var defaults in GoogleBlocks.Nested(resource, ["cluster_autoscaling", "auto_provisioning_defaults"]))
        {
            // Reported at the block, not the header, so it stays apart from a finding about the default pool.
            var at = defaults.Body is { } body ? new IacLint.Findings.Location(body.Location.Path, defaults.Span) : null;
            foreach (var finding in Judge(resource, defaults, "cluster_autoscaling.auto_provisioning_defaults"))
            {
                yield return at is not null && finding.Location == resource.Location ? finding with { Location = at } : finding;
            }
        }
    }

    private IEnumerable<Finding> Judge(ResourceInstance resource, BlockView block, string where)
    {
        var account = block.Attribute("service_account");
        if (account is null || account.Value is TfNull)
        {
            yield return Report(resource, null, $"{resource.Address} runs its nodes as the Compute Engine default service account: {where}.service_account is not set.");
        }
        else if (account.Value is TfString { Value: var email } && (email == "default" || email.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.OrdinalIgnoreCase)))
        {
            yield return Report(resource, account, $"{resource.Address} runs its nodes as the Compute Engine default service account: {where}.service_account = \"{email}\".");
        }
    }
}
