using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3112: a Cloud SQL instance accepts connections without TLS.</summary>
public sealed class SqlSslNotEnforced : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3112",
        Name: "google-sql-ssl-not-enforced",
        Title: "Cloud SQL instance accepts unencrypted connections",
        Description: "A `google_sql_database_instance` has `settings.ip_configuration.ssl_mode = \"ALLOW_UNENCRYPTED_AND_ENCRYPTED\"`, `require_ssl = false`, or neither set (the default accepts plaintext). `ssl_mode` `ENCRYPTED_ONLY` or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`, or the older `require_ssl = true`, pass.",
        Why: "Without enforced TLS, credentials and query results can cross the network in plaintext, where anyone on the path can read or alter them.",
        HowToFix: "Set `ssl_mode = \"ENCRYPTED_ONLY\"` (or `\"TRUSTED_CLIENT_CERTIFICATE_REQUIRED\"` for client certificates) in `settings.ip_configuration`.",
        Example: """
            ```hcl
            settings {
              ip_configuration {
                ipv4_enabled = false
                ssl_mode     = "ENCRYPTED_ONLY"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.4,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-GCP-0015", "tfsec:google-sql-encrypt-in-transit-data"],
        RelatedIds: ["checkov:CKV_GCP_6"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var configs = GoogleBlocks.Nested(resource, ["settings", "ip_configuration"]).ToList();
        if (configs.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} accepts unencrypted connections: settings.ip_configuration.ssl_mode is not set (default ALLOW_UNENCRYPTED_AND_ENCRYPTED).");
            yield break;
        }
        foreach (var config in configs)
        {
            var mode = config.Attribute("ssl_mode");
            var require = config.Attribute("require_ssl");
            if (mode is not null && mode.Value is not TfNull)
            {
                if (!mode.Value.IsKnown) yield return CouldNotEvaluate(resource, mode, "ssl_mode", mode.Value);
                else if (mode.Value is TfString { Value: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" })
                {
                    yield return Report(resource, mode, $"{resource.Address} accepts unencrypted connections: ssl_mode = \"ALLOW_UNENCRYPTED_AND_ENCRYPTED\".");
                }
            }
            else if (require is not null && require.Value is not TfNull)
            {
                if (!require.Value.IsKnown) yield return CouldNotEvaluate(resource, require, "require_ssl", require.Value);
                else if (IsFalse(require.Value)) yield return Report(resource, require, $"{resource.Address} accepts unencrypted connections: require_ssl = false.");
            }
            else
            {
                yield return Report(resource, null, $"{resource.Address} accepts unencrypted connections: neither ssl_mode nor require_ssl is set (default ALLOW_UNENCRYPTED_AND_ENCRYPTED).");
            }
        }
    }
}
