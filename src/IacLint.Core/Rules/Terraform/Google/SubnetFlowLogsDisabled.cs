using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3190: a subnet records no VPC flow logs.</summary>
public sealed class SubnetFlowLogsDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3190",
        Name: "google-compute-subnet-flow-logs-disabled",
        Title: "Subnet has VPC flow logs off",
        Description: "A `google_compute_subnetwork` has no `log_config` block (and not the deprecated `enable_flow_logs = true`). Proxy-only and Private Service Connect subnets are skipped.",
        Why: "Flow logs record which addresses talked to which, on which ports; without them lateral movement, exfiltration and unexpected exposure cannot be seen or investigated.",
        HowToFix: "Add a `log_config` block (e.g. `aggregation_interval = \"INTERVAL_5_SEC\"`, `flow_sampling = 0.5`, `metadata = \"INCLUDE_ALL_METADATA\"`).",
        Example: """
            ```hcl
            resource "google_compute_subnetwork" "app" {
              name          = "app"
              ip_cidr_range = "10.20.0.0/20"
              network       = google_compute_network.main.id
              log_config {
                aggregation_interval = "INTERVAL_5_SEC"
                flow_sampling        = 0.5
                metadata             = "INCLUDE_ALL_METADATA"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0029", "tfsec:google-compute-enable-vpc-flow-logs", "trivy:AVD-GCP-0076"],
        RelatedIds: ["checkov:CKV_GCP_26"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_subnetwork"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("purpose")?.Value is TfString { Value: "REGIONAL_MANAGED_PROXY" or "GLOBAL_MANAGED_PROXY" or "INTERNAL_HTTPS_LOAD_BALANCER" or "PRIVATE_SERVICE_CONNECT" }) yield break;
        if (resource.Body.Blocks("log_config").Any()) yield break;
        var legacy = resource.Body.Attribute("enable_flow_logs");
        if (legacy is not null && !legacy.Value.IsKnown) yield return CouldNotEvaluate(resource, legacy, "enable_flow_logs", legacy.Value);
        else if (legacy is not null && IsFalse(legacy.Value)) yield return Report(resource, legacy, $"{resource.Address} has VPC flow logs off: enable_flow_logs = false and no log_config.");
        else if (!IsTrue(legacy?.Value)) yield return Report(resource, null, $"{resource.Address} has VPC flow logs off: no log_config block.");
    }
}
