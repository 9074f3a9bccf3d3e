using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3194: a DNSSEC key uses the RSASHA1 algorithm.</summary>
public sealed class DnsRsaSha1Signing : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3194",
        Name: "google-dns-rsasha1",
        Title: "Cloud DNS zone signs with RSASHA1",
        Description: "A `default_key_specs` block of a `google_dns_managed_zone`'s `dnssec_config` uses `algorithm = \"rsasha1\"`.",
        Why: "SHA-1 signatures are practically forgeable (chosen-prefix collisions); RFC 8624 says RSASHA1 must not be used for signing, and resolvers are dropping support, which breaks validation.",
        HowToFix: "Use `algorithm = \"rsasha256\"` or `\"ecdsap256sha256\"` for both the key-signing and the zone-signing key.",
        Example: """
            ```hcl
            dnssec_config {
              state = "on"
              default_key_specs {
                algorithm = "ecdsap256sha256"
                key_type  = "keySigning"
              }
              default_key_specs {
                algorithm = "ecdsap256sha256"
                key_type  = "zoneSigning"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "google", "dns"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-327",
        EquivalentIds: ["trivy:AVD-GCP-0012", "tfsec:google-dns-no-rsa-sha1"],
        RelatedIds: ["checkov:CKV_GCP_17"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_dns_managed_zone"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["dnssec_config", "default_key_specs"];

    protected override string Attribute => "algorithm";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => value is not TfString s || !s.Value.Equals("rsasha1", StringComparison.OrdinalIgnoreCase);

    protected override string Problem => "signs with RSASHA1";
}
