using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2035: SQL auditing logs are kept for less than 90 days.</summary>
public sealed class SqlAuditRetention : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2035",
        Name: "azure-sql-audit-retention",
        Title: "SQL auditing retention below 90 days",
        Description: "An `azurerm_mssql_server_extended_auditing_policy`, `azurerm_mssql_database_extended_auditing_policy`, or an inline `extended_auditing_policy` block of `azurerm_sql_server`/`azurerm_mssql_server`/`azurerm_sql_database`, sets `retention_in_days` between 1 and 89. (0, the default, keeps logs forever.)",
        Why: "Audit logs answer who read or changed which data; breaches are usually found months after they begin, and logs deleted after a few weeks leave nothing to investigate. CIS asks for more than 90 days.",
        HowToFix: "Set `retention_in_days = 90` or more (or 0 to keep logs forever), or send audit logs to Log Analytics with a long retention.",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id         = azurerm_mssql_server.main.id
              storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint
              retention_in_days = 90
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0025", "tfsec:azure-database-retention-period-set"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_24"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server_extended_auditing_policy", "azurerm_mssql_database_extended_auditing_policy", "azurerm_sql_server", "azurerm_mssql_server", "azurerm_sql_database"];

    private const int MinimumDays = 90;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var retentions = resource.Type.EndsWith("_extended_auditing_policy", StringComparison.Ordinal)
            ? [resource.Body.Attribute("retention_in_days")]
            : resource.Body.Blocks("extended_auditing_policy").Select(b => b.Attribute("retention_in_days"));
        foreach (var days in retentions)
        {
            if (days is null || days.Value is TfNull) continue;
            if (!days.Value.IsKnown) { yield return CouldNotEvaluate(resource, days, "retention_in_days", days.Value); continue; }
            if (TfConvert.TryNumber(days.Value, out var n) && n > 0 && n < MinimumDays)
            {
                yield return Report(resource, days, $"{resource.Address} keeps audit logs for {n} days: retention_in_days is below {MinimumDays}.");
            }
        }
    }
}
