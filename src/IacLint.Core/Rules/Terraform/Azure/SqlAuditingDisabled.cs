using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2036: a SQL server has no auditing.</summary>
public sealed class SqlAuditingDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2036",
        Name: "azure-sql-auditing-disabled",
        Title: "SQL server without auditing",
        Description: "An `azurerm_mssql_server` or `azurerm_sql_server` has no inline `extended_auditing_policy` block and no `azurerm_mssql_server_extended_auditing_policy` pointing at it (by `server_id`), or that policy sets `enabled = false`.",
        Why: "Without auditing there is no record of logins, queries or permission changes on the server's databases: data theft or tampering goes unnoticed and cannot be investigated.",
        HowToFix: "Add an `azurerm_mssql_server_extended_auditing_policy` for the server (to storage, Log Analytics or Event Hub).",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_extended_auditing_policy" "main" {
              server_id              = azurerm_mssql_server.main.id
              log_monitoring_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0027", "tfsec:azure-database-enable-audit"],
        RelatedIds: ["checkov:CKV_AZURE_23"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server", "azurerm_sql_server"];

    private const string Policy = "azurerm_mssql_server_extended_auditing_policy";

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("extended_auditing_policy").Any()) yield break;
        var policies = Companions.For(configuration, resource, Policy, "server_id").ToList();
        if (policies.Count > 0)
        {
            foreach (var policy in policies)
            {
                var enabled = policy.Body.Attribute("enabled");
                if (enabled is not null && IsFalse(enabled.Value)) yield return Report(policy, enabled, $"{policy.Address} turns auditing of {resource.Address} off: enabled = false.");
            }
            yield break;
        }
        if (Companions.AnyUnresolved(configuration, resource, Policy, "server_id"))
        {
            yield return Report(resource, null, $"Could not tell whether {resource.Address} is audited: a {Policy}'s server is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} has no auditing: no extended_auditing_policy.");
    }
}
