using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3106: a firewall rule keeps the default network's permissive rules.</summary>
public sealed class FirewallDefaultNetworkRule : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3106",
        Name: "google-compute-firewall-default-rule",
        Title: "Firewall rule of the default network is managed as is",
        Description: "A `google_compute_firewall` is named like one of the default network's rules (`default-allow-internal`, `-ssh`, `-rdp`, `-icmp`, `-http`, `-https`), or allows every port from the default network's `10.128.0.0/9` range - the permissive rules Google creates with the default network, imported or recreated instead of replaced.",
        Why: "The default rules allow SSH and RDP from anywhere and every port between all instances; keeping them means every new VM is reachable that way regardless of what it runs.",
        HowToFix: "Delete the default rules and write rules that allow only the traffic each workload needs, between tagged or service-account-scoped instances.",
        Example: """
            ```hcl
            resource "google_compute_firewall" "app_to_db" {
              name        = "allow-app-to-db" # instead of default-allow-internal
              network     = google_compute_network.main.name
              source_tags = ["app"]
              target_tags = ["db"]
              allow {
                protocol = "tcp"
                ports    = ["5432"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "compute", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0073"]);

    private static readonly string[] DefaultNames =
        ["default-allow-internal", "default-allow-ssh", "default-allow-rdp", "default-allow-icmp", "default-allow-http", "default-allow-https"];

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_firewall"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var name = resource.Body.Attribute("name");
        if (name?.Value is TfString { Value: var text } && DefaultNames.Contains(text))
        {
            yield return Report(resource, name, $"{resource.Address} is the default network's rule {text}.");
            yield break;
        }
        var sources = resource.Body.Attribute("source_ranges")?.Value;
        var fromDefaultRange = sources is not null && GoogleBlocks.Strings(sources).Any(s => s.Value == "10.128.0.0/9");
        var allPorts = resource.Body.Blocks("allow").Any(allow =>
            allow.Get("ports") is not { } ports || ports is TfNull || GoogleBlocks.Strings(ports).Any(p => p.Value is "0-65535" or "1-65535"));
        if (fromDefaultRange && allPorts)
        {
            yield return Report(resource, null, $"{resource.Address} allows every port from the default network's range 10.128.0.0/9, like default-allow-internal.");
        }
    }
}
