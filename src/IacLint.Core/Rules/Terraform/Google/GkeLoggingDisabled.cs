using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3163: a GKE cluster has Kubernetes logging off or legacy.</summary>
public sealed class GkeLoggingDisabled : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3163",
        Name: "google-gke-logging-disabled",
        Title: "GKE cluster does not send logging to Cloud Logging for Kubernetes",
        Description: "A `google_container_cluster` sets `logging_service` to `\"none\"` or to the legacy `\"logging.googleapis.com\"` instead of `\"logging.googleapis.com/kubernetes\"` (the default when unset).",
        Why: "Without Kubernetes-aware logging, incidents in the cluster (crashing workloads, API abuse, node problems) go unnoticed and cannot be investigated afterwards.",
        HowToFix: "Remove `logging_service` (the default is Cloud Logging for Kubernetes) or set it to `\"logging.googleapis.com/kubernetes\"`.",
        Example: """
            ```hcl
            resource "google_container_cluster" "main" {
              name     = "main"
              location = "europe-west1"
              logging_service = "logging.googleapis.com/kubernetes"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "gke"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0060", "tfsec:google-gke-enable-stackdriver-logging"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster"];

    protected override string Attribute => "logging_service";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => !TfConvert.TryString(value, out var service) || service == "logging.googleapis.com/kubernetes";

    protected override string Problem => "does not use Cloud Logging for Kubernetes";
}
