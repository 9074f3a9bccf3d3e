using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2075: a container registry has its admin user enabled.</summary>
public sealed class ContainerRegistryAdminEnabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2075",
        Name: "azure-acr-admin-enabled",
        Title: "Container registry admin user enabled",
        Description: "An `azurerm_container_registry` sets `admin_enabled = true` (default false).",
        Why: "The admin user is a single shared username and password with push and pull rights on every repository; it is not tied to a person, not covered by MFA and is typically copied into many pipelines.",
        HowToFix: "Set `admin_enabled = false` and give pipelines and clusters Entra ID identities with `AcrPush`/`AcrPull` roles.",
        Example: """
            ```hcl
            resource "azurerm_container_registry" "main" {
              admin_enabled = false
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "azure", "container-registry"],
        Area: AuditArea.Access,
        Cwe: "CWE-798",
        EquivalentIds: ["checkov:CKV_AZURE_137"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_container_registry"];

    protected override IReadOnlyList<string> Attributes { get; } = ["admin_enabled"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "has its shared admin user enabled";
}
