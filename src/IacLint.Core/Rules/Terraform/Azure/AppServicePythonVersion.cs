using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2059: a web or function app runs an unsupported Python version.</summary>
public sealed class AppServicePythonVersion : RuntimeVersionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2059",
        Name: "azure-appservice-outdated-python",
        Title: "App Service runs an unsupported Python version",
        Description: "A web app or function app sets `site_config.python_version` (or `site_config.application_stack.python_version`) to a version older than 3.10. Python 3.9 and older get no security fixes any more (3.9 since October 2025).",
        Why: "A runtime without security fixes keeps every vulnerability found after its end of life; App Service also stops offering such stacks, so the app breaks on platform updates.",
        HowToFix: "Upgrade to Python 3.10 or later and set `python_version` accordingly.",
        Example: """
            ```hcl
            resource "azurerm_linux_web_app" "api" {
              site_config {
                application_stack {
                  python_version = "3.12"
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
        EquivalentIds: ["trivy:AVD-AZU-0070", "tfsec:azure-appservice-supported-python-version"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"];

    protected override string Language => "Python";

    protected override string Attribute => "python_version";

    protected override (int Major, int Minor) Minimum => (3, 10);
}
