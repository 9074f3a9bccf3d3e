using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2030: database backups stay in one region.</summary>
public sealed class DatabaseGeoRedundantBackup : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2030",
        Name: "azure-database-geo-redundant-backup",
        Title: "Database server backups are not geo-redundant",
        Description: "An `azurerm_postgresql_server`, `azurerm_mysql_server`, `azurerm_mariadb_server`, `azurerm_postgresql_flexible_server` or `azurerm_mysql_flexible_server` does not set `geo_redundant_backup_enabled = true` (default false). It can only be chosen when the server is created.",
        Why: "Locally redundant backups are lost with the region: after a regional disaster there is nothing to restore from. Geo-redundant backups can be restored in the paired region.",
        HowToFix: "Set `geo_redundant_backup_enabled = true` on new servers (General Purpose or Memory Optimized tiers).",
        Example: """
            ```hcl
            resource "azurerm_postgresql_flexible_server" "main" {
              geo_redundant_backup_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["reliability", "terraform", "azure", "database"],
        Area: AuditArea.Backup,
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_102", "checkov:CKV_AZURE_94", "checkov:CKV_AZURE_129"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server", "azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"];

    protected override IReadOnlyList<string> Attributes { get; } = ["geo_redundant_backup_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "keeps backups in one region";
}
