using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2060: a custom role definition grants every action.</summary>
public sealed class CustomRoleAllActions : RoleDefinitionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2060",
        Name: "azure-custom-role-all-actions",
        Title: "Custom role definition allows all actions (`*`)",
        Description: "An `azurerm_role_definition` has `\"*\"` in `permissions.actions`, at any assignable scope.",
        Why: "A custom role with `*` is an Owner in disguise: whoever holds it can change or delete everything in its scope, read secrets and grant access to others, and it escapes reviews that look for Owner assignments.",
        HowToFix: "List only the actions the role needs (`Microsoft.Storage/storageAccounts/read`, ...), or use a built-in role.",
        Example: """
            ```hcl
            resource "azurerm_role_definition" "deployer" {
              permissions {
                actions = [
                  "Microsoft.Resources/deployments/*",
                  "Microsoft.Web/sites/write",
                ]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "azure", "authorization"],
        Area: AuditArea.Access,
        Cwe: "CWE-269",
        EquivalentIds: ["trivy:AVD-AZU-0030", "tfsec:azure-authorization-limit-role-actions"],
        RelatedIds: ["checkov:CKV_AZURE_39"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_role_definition"];

    protected override string? Dangerous(string action) => action == "*" ? "every action (*)" : null;
}
