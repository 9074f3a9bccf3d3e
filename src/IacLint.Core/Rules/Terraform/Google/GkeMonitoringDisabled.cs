using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3164: a GKE cluster has Kubernetes monitoring off or legacy.</summary>
public sealed class GkeMonitoringDisabled : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3164",
        Name: "google-gke-monitoring-disabled",
        Title: "GKE cluster does not send monitoring to Cloud Monitoring for Kubernetes",
        Description: "A `google_container_cluster` sets `monitoring_service` to `\"none\"` or to the legacy `\"monitoring.googleapis.com\"` instead of `\"monitoring.googleapis.com/kubernetes\"` (the default when unset).",
        Why: "Without Kubernetes-aware monitoring, incidents in the cluster (crashing workloads, API abuse, node problems) go unnoticed and cannot be investigated afterwards.",
        HowToFix: "Remove `monitoring_service` (the default is Cloud Monitoring for Kubernetes) or set it to `\"monitoring.googleapis.com/kubernetes\"`.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              monitoring_service = "monitoring.googleapis.com/kubernetes"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0052", "tfsec:google-gke-enable-stackdriver-monitoring"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override string Attribute => "monitoring_service";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => !TfConvert.TryString(value, out var service) || service == "monitoring.googleapis.com/kubernetes";

    protected override string Problem => "does not use Cloud Monitoring for Kubernetes";
}
