using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2058: a web or function app runs an unsupported PHP version.</summary>
public sealed class AppServicePhpVersion : RuntimeVersionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2058",
        Name: "azure-appservice-outdated-php",
        Title: "App Service runs an unsupported PHP version",
        Description: "A web app or function app sets `site_config.php_version` (or `site_config.application_stack.php_version`) to a version older than 8.2. PHP 8.1 and older get no security fixes any more (8.1 since the end of 2025).",
        Why: "A runtime without security fixes keeps every vulnerability found after its end of life; App Service also stops offering such stacks, so the app breaks on platform updates.",
        HowToFix: "Upgrade to PHP 8.2 or later and set `php_version` accordingly.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              site_config {
                application_stack {
                  php_version = "8.3"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "appservice"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["trivy:AVD-AZU-0069", "tfsec:azure-appservice-supported-php-version"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override string Language => "PHP";

    protected override string Attribute => "php_version";

    protected override (int Major, int Minor) Minimum => (8, 2);
}
