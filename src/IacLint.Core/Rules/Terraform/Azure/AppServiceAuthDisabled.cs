using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2057: a web app has App Service authentication off.</summary>
public sealed class AppServiceAuthDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2057",
        Name: "azure-appservice-auth-disabled",
        Title: "Web app without App Service authentication",
        Description: "An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` has neither `auth_settings { enabled = true }` nor `auth_settings_v2 { auth_enabled = true }`.",
        Why: "Built-in authentication (Easy Auth) rejects anonymous requests before they reach the application; without it, every endpoint the code forgets to protect is open to the internet.",
        HowToFix: "Add `auth_settings_v2 { auth_enabled = true, require_authentication = true, ... }` with an identity provider, or suppress with a reason for deliberately public sites.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              auth_settings_v2 {
                auth_enabled           = true
                require_authentication = true
                active_directory_v2 {
                  client_id            = var.client_id
                  tenant_auth_endpoint = "https://login.microsoftonline.com/${var.tenant_id}/v2.0"
                }
                login {}
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Access,
        Cwe: "CWE-306",
        EquivalentIds: ["trivy:AVD-AZU-0003", "tfsec:azure-appservice-authentication-enabled"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_13"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var flags = resource.Body.Blocks("auth_settings").Select(b => b.Attribute("enabled"))
            .Concat(resource.Body.Blocks("auth_settings_v2").Select(b => b.Attribute("auth_enabled")))
            .Where(a => a is not null).Select(a => a!).ToList();
        if (flags.Any(f => IsTrue(f.Value))) yield break;
        if (flags.FirstOrDefault(f => !f.Value.IsKnown) is { } unknown) { yield return CouldNotEvaluate(resource, unknown, unknown.Name, unknown.Value); yield break; }
        yield return flags.Count > 0
            ? Report(resource, flags[0], $"{resource.Address} has App Service authentication off: {flags[0].Name} = false.")
            : Report(resource, null, $"{resource.Address} has App Service authentication off: no auth_settings or auth_settings_v2.");
    }
}
