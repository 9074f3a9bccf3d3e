using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2053: a web or function app has no managed identity.</summary>
public sealed class AppServiceNoManagedIdentity : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2053",
        Name: "azure-appservice-no-managed-identity",
        Title: "App Service without a managed identity",
        Description: "A web app or function app has no `identity` block.",
        Why: "Without a managed identity the app must authenticate to databases, Key Vault and storage with secrets kept in its settings, which leak through configuration exports, logs and deployment pipelines and are rarely rotated.",
        HowToFix: "Add `identity { type = \"SystemAssigned\" }` (or a user-assigned identity) and grant it the roles it needs instead of using keys or passwords.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              identity {
                type = "SystemAssigned"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Access,
        Cwe: "CWE-522",
        EquivalentIds: ["trivy:AVD-AZU-0002", "tfsec:azure-appservice-account-identity-registered"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_16", "checkov:CKV_AZURE_71"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["identity"];

    protected override IReadOnlyList<string> Attributes { get; } = ["type"];

    protected override string Problem => "has no managed identity";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => false ? $"= {Quote(value)}" : null;

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (no identity block)";
}
