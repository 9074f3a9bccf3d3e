using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2054: a web or function app accepts plain FTP deployments.</summary>
public sealed class AppServiceFtpsAllowed : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2054",
        Name: "azure-appservice-ftp-allowed",
        Title: "App Service accepts unencrypted FTP",
        Description: "A web app or function app sets `site_config.ftps_state = \"AllAllowed\"`, or an `azurerm_app_service`/`azurerm_function_app` leaves it unset (default `AllAllowed`; the newer `*_web_app`/`*_function_app` resources default to `Disabled`).",
        Why: "Plain FTP sends the deployment credentials and the application code in clear text; anyone on the path can steal the credentials and replace the code.",
        HowToFix: "Set `ftps_state = \"Disabled\"` (or `\"FtpsOnly\"` if FTP deployment is really needed).",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              site_config {
                ftps_state = "Disabled"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AZU-0071", "tfsec:azure-appservice-enforce-ftps"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_78"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["site_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["ftps_state"];

    protected override string Problem => "accepts unencrypted FTP";

    protected override string? WhenMissing(ResourceInstance resource) => resource.Type is "azurerm_app_service" or "azurerm_function_app" ? "is not set (default AllAllowed)" : null;


    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var state } && state.Equals("AllAllowed", StringComparison.OrdinalIgnoreCase) ? $"= {Quote(value)}" : null;
}
