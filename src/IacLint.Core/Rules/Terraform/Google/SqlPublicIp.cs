using IacLint.Findings;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3110: a Cloud SQL instance gets a public IPv4 address.</summary>
public sealed class SqlPublicIp : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3110",
        Name: "google-sql-public-ip",
        Title: "Cloud SQL instance has a public IP address",
        Description: "A `google_sql_database_instance` has `settings.ip_configuration.ipv4_enabled` true or unset (the provider assigns a public IPv4 address by default). Together with IAC3111 this is Trivy's google-sql-no-public-access: each of its two findings is one of these rules.",
        Why: "A public address makes the database reachable from the internet as soon as an authorized network or a weak Cloud SQL Auth Proxy setup allows it, and puts it in reach of mass scanners. Databases are safer on a private IP inside the VPC.",
        HowToFix: "Set `ipv4_enabled = false` and give the instance a `private_network` (private services access), then connect through the VPC or the Cloud SQL Auth Proxy.",
        Example: """
            ```hcl
            settings {
              ip_configuration {
                ipv4_enabled    = false
                private_network = google_compute_network.main.id
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-GCP-0017", "tfsec:google-sql-no-public-access"],
        RelatedIds: ["checkov:CKV_GCP_60"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["settings", "ip_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["ipv4_enabled"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "has a public IP address";
}
