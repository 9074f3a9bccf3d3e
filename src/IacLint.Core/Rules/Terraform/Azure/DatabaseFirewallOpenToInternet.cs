using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2026: a database firewall rule admits every IPv4 address.</summary>
public sealed class DatabaseFirewallOpenToInternet : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2026",
        Name: "azure-database-firewall-open-to-internet",
        Title: "Database firewall rule open to the whole internet",
        Description: "A firewall rule of an Azure SQL, PostgreSQL, MySQL, MariaDB or Synapse server (`azurerm_mssql_firewall_rule`, `azurerm_sql_firewall_rule`, `azurerm_postgresql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`, `azurerm_mysql_firewall_rule`, `azurerm_mysql_flexible_server_firewall_rule`, `azurerm_mariadb_firewall_rule`, `azurerm_synapse_firewall_rule`) runs from `0.0.0.0` to `255.255.255.255`. (`0.0.0.0`-`0.0.0.0` is Azure's \"allow Azure services\" rule and is not flagged.)",
        Why: "A firewall open to every address leaves only the login between the internet and the database; database endpoints are scanned and brute-forced constantly, and a leaked connection string becomes usable from anywhere.",
        HowToFix: "Allow only the addresses that need access (application subnets through VNet rules, office ranges), or use private endpoints with public network access off.",
        Example: """
            ```hcl
            resource "azurerm_mssql_firewall_rule" "office" {
              start_ip_address = "203.0.113.0"
              end_ip_address   = "203.0.113.255"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 9.1,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0029", "tfsec:azure-database-no-public-firewall-access"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_11"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_sql_firewall_rule", "azurerm_mssql_firewall_rule", "azurerm_postgresql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule", "azurerm_mariadb_firewall_rule", "azurerm_synapse_firewall_rule"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var start = resource.Body.Attribute("start_ip_address");
        var end = resource.Body.Attribute("end_ip_address");
        if (start is null || end is null) yield break;
        if (!start.Value.IsKnown) { yield return CouldNotEvaluate(resource, start, "start_ip_address", start.Value); yield break; }
        if (!end.Value.IsKnown) { yield return CouldNotEvaluate(resource, end, "end_ip_address", end.Value); yield break; }
        if (start.Value is TfString { Value: "0.0.0.0" } && end.Value is TfString { Value: "255.255.255.255" })
        {
            yield return Report(resource, end, $"{resource.Address} admits every IPv4 address: 0.0.0.0 to 255.255.255.255.");
        }
    }
}
