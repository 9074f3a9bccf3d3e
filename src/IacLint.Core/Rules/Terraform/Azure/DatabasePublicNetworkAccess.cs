using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2027: a database server accepts connections over its public endpoint.</summary>
public sealed class DatabasePublicNetworkAccess : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2027",
        Name: "azure-database-public-network-access",
        Title: "Database server has public network access enabled",
        Description: "An `azurerm_mssql_server`, `azurerm_postgresql_server`, `azurerm_mysql_server` or `azurerm_mariadb_server` does not set `public_network_access_enabled = false` (default true).",
        Why: "With public network access on, the server's endpoint is on the internet and only its firewall rules keep clients out; a mistaken or overly broad rule exposes the database. Private endpoints keep it off the internet entirely.",
        HowToFix: "Set `public_network_access_enabled = false` and connect through a private endpoint (`azurerm_private_endpoint`).",
        Example: """
            ```hcl
            resource "azurerm_mssql_server" "main" {
              public_network_access_enabled = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0022", "tfsec:azure-database-no-public-access"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_113", "checkov:CKV_AZURE_68", "checkov:CKV_AZURE_53"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server", "azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"];

    protected override IReadOnlyList<string> Attributes { get; } = ["public_network_access_enabled"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => true;

    protected override string Problem => "is reachable over its public endpoint";
}
