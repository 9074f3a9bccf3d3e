using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2031: database backups are kept for less than 7 days.</summary>
public sealed class DatabaseBackupRetention : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2031",
        Name: "azure-database-backup-retention",
        Title: "Database backups kept for less than 7 days",
        Description: "An `azurerm_mssql_database` sets `short_term_retention_policy.retention_days` below 7, or a PostgreSQL/MySQL/MariaDB server (single or flexible) sets `backup_retention_days` below 7. (Unset means 7 days.)",
        Why: "Corruption, a bad migration or deleted rows are often noticed days later; with only a few days of point-in-time restore, the last good state may already be gone.",
        HowToFix: "Keep at least 7 days (`retention_days = 7` or more, up to 35), and long-term retention for compliance.",
        Example: """
            ```hcl
            resource "azurerm_mssql_database" "app" {
              short_term_retention_policy {
                retention_days = 14
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["reliability", "terraform", "azure", "database"],
        Area: AuditArea.Backup,
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server", "azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"];

    private const int MinimumDays = 7;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var retentions = resource.Type == "azurerm_mssql_database"
            ? resource.Body.Blocks("short_term_retention_policy").Select(b => b.Attribute("retention_days"))
            : [resource.Body.Attribute("backup_retention_days")];
        foreach (var days in retentions)
        {
            if (days is null || days.Value is TfNull) continue;
            if (!days.Value.IsKnown) { yield return CouldNotEvaluate(resource, days, days.Name, days.Value); continue; }
            if (TfConvert.TryNumber(days.Value, out var n) && n < MinimumDays)
            {
                yield return Report(resource, days, $"{resource.Address} keeps backups for {n} days: {days.Name} is below {MinimumDays}.");
            }
        }
    }
}
