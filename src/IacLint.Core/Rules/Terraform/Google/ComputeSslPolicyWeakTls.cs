using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3189: an SSL policy accepts TLS 1.0 or 1.1.</summary>
public sealed class ComputeSslPolicyWeakTls : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3189",
        Name: "google-compute-ssl-policy-weak-tls",
        Title: "SSL policy allows TLS older than 1.2",
        Description: "A `google_compute_ssl_policy` has `min_tls_version` `TLS_1_0` (the default when unset) or `TLS_1_1`.",
        Why: "TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses; load balancers that accept them let clients and attackers downgrade connections.",
        HowToFix: "Set `min_tls_version = \"TLS_1_2\"` (and `profile = \"MODERN\"` or `\"RESTRICTED\"`).",
        Example: """
            ```hcl
            resource "google_compute_ssl_policy" "default" {
              name            = "default"
              profile         = "MODERN"
              min_tls_version = "TLS_1_2"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.4,
        Tags: ["security", "terraform", "google", "compute"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["trivy:AVD-GCP-0039", "tfsec:google-compute-use-secure-tls-policy"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_ssl_policy"];

    protected override string Attribute => "min_tls_version";

    protected override string UnsetMeaning => "default \"TLS_1_0\"";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "TLS_1_0" or "TLS_1_1" };

    protected override string Problem => "allows TLS older than 1.2";
}
