using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3179: an instance gets an external IP address.</summary>
public sealed class ComputeInstancePublicIp : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3179",
        Name: "google-compute-instance-public-ip",
        Title: "Compute instance has a public IP address",
        Description: "A `google_compute_instance` or `google_compute_instance_template` has an `access_config` block in a `network_interface`, which gives it an external IP address.",
        Why: "An external address makes the VM directly reachable from the internet wherever a firewall rule allows it; outbound access is better given through Cloud NAT and inbound through a load balancer or IAP.",
        HowToFix: "Remove the `access_config` block; use Cloud NAT for outbound traffic and IAP or a load balancer for inbound.",
        Example: """
            ```hcl
            resource "google_compute_instance" "app" {
              name         = "app"
              machine_type = "e2-standard-2"
              network_interface {
                subnetwork = google_compute_subnetwork.app.id
                # no access_config: no external IP
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0031", "tfsec:google-compute-no-public-ip"],
        RelatedIds: ["checkov:CKV_GCP_40"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_instance", "google_compute_instance_template"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var index = 0;
        foreach (var nic in resource.Body.Blocks("network_interface"))
        {
            if (nic.Blocks("access_config").Any())
            {
                yield return Report(resource, null, $"{resource.Address} has an external IP address: network_interface[{index}] has an access_config block.");
            }
            index++;
        }
    }
}
