using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2041: a SQL server has no Microsoft Entra ID (Azure AD) administrator.</summary>
public sealed class SqlNoEntraAdmin : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2041",
        Name: "azure-sql-no-entra-admin",
        Title: "SQL server without a Microsoft Entra ID administrator",
        Description: "An `azurerm_mssql_server` has no `azuread_administrator` block, or an `azurerm_sql_server` has no `azurerm_sql_active_directory_administrator` pointing at it (by `server_name`).",
        Why: "Without an Entra ID administrator only SQL logins exist: shared passwords that are not covered by MFA, conditional access or central deprovisioning, and that leave with the people who know them.",
        HowToFix: "Add `azuread_administrator { login_username = \"...\", object_id = \"...\" }` (a group), and consider `azuread_authentication_only = true`.",
        Example: """
            ```hcl
            resource "azurerm_mssql_server" "main" {
              azuread_administrator {
                login_username = "sql-admins"
                object_id      = azuread_group.sql_admins.object_id
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server", "azurerm_sql_server"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Blocks("azuread_administrator").Any()) yield break;
        foreach (var type in new[] { "azurerm_sql_active_directory_administrator", "azurerm_mssql_active_directory_administrator" })
        {
            if (Companions.For(configuration, resource, type, "server_id", "server_name").Any()) yield break;
        }
        yield return Report(resource, null, $"{resource.Address} has no Microsoft Entra ID administrator: no azuread_administrator.");
    }
}
