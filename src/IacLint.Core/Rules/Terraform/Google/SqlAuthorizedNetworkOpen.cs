using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3111: a Cloud SQL instance authorizes 0.0.0.0/0.</summary>
public sealed class SqlAuthorizedNetworkOpen : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3111",
        Name: "google-sql-authorized-network-open",
        Title: "Cloud SQL authorized networks include the whole internet",
        Description: "An `authorized_networks` entry of a `google_sql_database_instance`'s `settings.ip_configuration` is `0.0.0.0/0` (or `::/0`). Together with IAC3110 this is Trivy's google-sql-no-public-access.",
        Why: "With the whole internet authorized, anyone can reach the database port on its public IP and try passwords or exploit the engine: the database is only as safe as its weakest user password.",
        HowToFix: "Remove the `0.0.0.0/0` entry; authorize only the ranges that need direct access, or better use private IP and the Cloud SQL Auth Proxy.",
        Example: """
            ```hcl
            authorized_networks {
              name  = "office"
              value = "203.0.113.0/24" # instead of 0.0.0.0/0
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0017", "tfsec:google-sql-no-public-access"],
        RelatedIds: ["checkov:CKV_GCP_11"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["settings", "ip_configuration", "authorized_networks"];

    protected override string Attribute => "value";

    protected override bool UnsetIsSafe => true;

    protected override bool IsSafe(TfValue value) => value is not TfString s || !GoogleBlocks.IsWholeInternet(s.Value);

    protected override string Problem => "authorizes the whole internet to connect";
}
