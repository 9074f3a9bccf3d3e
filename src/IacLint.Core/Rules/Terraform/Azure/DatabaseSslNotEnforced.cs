using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2028: a database server accepts unencrypted connections.</summary>
public sealed class DatabaseSslNotEnforced : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2028",
        Name: "azure-database-ssl-not-enforced",
        Title: "Database server does not enforce SSL",
        Description: "An `azurerm_postgresql_server`, `azurerm_mysql_server` or `azurerm_mariadb_server` sets `ssl_enforcement_enabled = false`.",
        Why: "Without SSL enforcement clients may connect in clear text, exposing credentials and query results to anyone on the network path.",
        HowToFix: "Set `ssl_enforcement_enabled = true` (and `ssl_minimal_tls_version_enforced = \"TLS1_2\"`).",
        Example: """
            ```hcl
            resource "azurerm_postgresql_server" "main" {
              ssl_enforcement_enabled          = true
              ssl_minimal_tls_version_enforced = "TLS1_2"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.4,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AZU-0020", "tfsec:azure-database-enable-ssl-enforcement"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_29", "checkov:CKV_AZURE_28"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"];

    protected override IReadOnlyList<string> Attributes { get; } = ["ssl_enforcement_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "accepts unencrypted connections";
}
