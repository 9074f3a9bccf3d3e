using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3193: a public DNS zone is not signed.</summary>
public sealed class DnsDnssecDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3193",
        Name: "google-dns-dnssec-disabled",
        Title: "Public Cloud DNS zone does not use DNSSEC",
        Description: "A public `google_dns_managed_zone` (`visibility` unset or `\"public\"`) has no `dnssec_config`, or its `state` is not `\"on\"`. Private zones are skipped.",
        Why: "Without DNSSEC, resolvers cannot verify the zone's answers, so cache poisoning and spoofing can send users and services to an attacker's servers.",
        HowToFix: "Add `dnssec_config { state = \"on\" }` and publish the DS record at the registrar.",
        Example: """
            ```hcl
            resource "google_dns_managed_zone" "public" {
              name     = "example"
              dns_name = "example.com."
              dnssec_config {
                state = "on"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "dns"],
        Area: AuditArea.Config,
        Cwe: "CWE-350",
        EquivalentIds: ["trivy:AVD-GCP-0013", "tfsec:google-dns-enable-dnssec"],
        RelatedIds: ["checkov:CKV_GCP_16"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_dns_managed_zone"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var visibility = resource.Body.Attribute("visibility")?.Value;
        if (visibility is TfString { Value: "private" } || (visibility is not null && !visibility.IsKnown)) yield break;
        var configs = resource.Body.Blocks("dnssec_config").ToList();
        if (configs.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} does not use DNSSEC: dnssec_config is not set.");
            yield break;
        }
        foreach (var config in configs)
        {
            var state = config.Attribute("state");
            if (state is not null && !state.Value.IsKnown) yield return CouldNotEvaluate(resource, state, "dnssec_config.state", state.Value);
            else if (state?.Value is not TfString { Value: "on" })
            {
                yield return Report(resource, state, $"{resource.Address} does not use DNSSEC: dnssec_config.state is {(state?.Value is TfString s ? $"\"{s.Value}\"" : "not set (default \"off\")")}.");
            }
        }
    }
}
