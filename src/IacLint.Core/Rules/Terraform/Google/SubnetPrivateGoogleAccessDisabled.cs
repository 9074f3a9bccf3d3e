using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3191: VMs without external IPs in a subnet cannot reach Google APIs privately.</summary>
public sealed class SubnetPrivateGoogleAccessDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3191",
        Name: "google-compute-subnet-private-google-access-off",
        Title: "Subnet has Private Google Access off",
        Description: "A `google_compute_subnetwork` has `private_ip_google_access` false or unset (the default is false). Proxy-only and Private Service Connect subnets are skipped.",
        Why: "Without Private Google Access, VMs that need Google APIs (Cloud Storage, Artifact Registry, Logging) must get external IP addresses or a NAT path, which widens their exposure.",
        HowToFix: "Set `private_ip_google_access = true`.",
        Example: """
            ```hcl
            resource "google_compute_subnetwork" "app" {
              name          = "app"
              ip_cidr_range = "10.20.0.0/20"
              network       = google_compute_network.main.id
              private_ip_google_access = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-693",
        EquivalentIds: ["trivy:AVD-GCP-0075"],
        RelatedIds: ["checkov:CKV_GCP_74"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_subnetwork"];

    protected override IReadOnlyList<string> Attributes { get; } = ["private_ip_google_access"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has Private Google Access off";

    // Proxy-only and Private Service Connect subnets carry no VM traffic: flow logs and Private Google Access do not apply.
    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("purpose")?.Value is not TfString { Value: "REGIONAL_MANAGED_PROXY" or "GLOBAL_MANAGED_PROXY" or "INTERNAL_HTTPS_LOAD_BALANCER" or "PRIVATE_SERVICE_CONNECT" };
}
