using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2061: a custom role can create or change role definitions.</summary>
public sealed class CustomRoleCanCreateRoles : RoleDefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2061",
        Name: "azure-custom-role-creates-roles",
        Title: "Custom role definition can create custom roles",
        Description: "An `azurerm_role_definition` allows `Microsoft.Authorization/roleDefinitions/write` in `permissions.actions`, directly or through `*`, `Microsoft.Authorization/*` or `Microsoft.Authorization/roleDefinitions/*`.",
        Why: "Whoever can write role definitions can give any role every permission and so escalate to full control of the scope; only a few administrators should be able to.",
        HowToFix: "Remove the role-definition write permission from custom roles; keep role management with Owner or User Access Administrator.",
        Example: """
            ```hcl
            resource "azurerm_role_definition" "reader_plus" {
              permissions {
                actions = ["Microsoft.Authorization/roleDefinitions/read"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "azure", "authorization"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["trivy:AVD-AZU-0052", "tfsec:azure-authorization-prevent-custom-role-creation"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_role_definition"];

    protected override string? Dangerous(string action) =>
        action is "*" || action.Equals("Microsoft.Authorization/*", StringComparison.OrdinalIgnoreCase) ||
        action.Equals("Microsoft.Authorization/roleDefinitions/*", StringComparison.OrdinalIgnoreCase) ||
        action.Equals("Microsoft.Authorization/roleDefinitions/write", StringComparison.OrdinalIgnoreCase)
            ? $"role definitions to be written ({action})"
            : null;
}
