using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2025: a Key Vault secret does not say what it holds.</summary>
public sealed class KeyVaultSecretNoContentType : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2025",
        Name: "azure-keyvault-secret-content-type",
        Title: "Key Vault secret without a content type",
        Description: "An `azurerm_key_vault_secret` does not set `content_type`.",
        Why: "The content type (password, connection string, certificate, API key) tells operators and automation how to rotate and handle a secret; without it, rotation and incident response have to guess.",
        HowToFix: "Set `content_type`, e.g. `\"password\"` or `\"connection-string\"`.",
        Example: """
            ```hcl
            resource "azurerm_key_vault_secret" "db" {
              content_type = "password"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "azure", "keyvault"],
        Area: AuditArea.Secrets,
        EquivalentIds: ["trivy:AVD-AZU-0015", "tfsec:azure-keyvault-content-type-for-secret", "checkov:CKV_AZURE_114"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_key_vault_secret"];

    protected override IReadOnlyList<string> Attributes { get; } = ["content_type"];

    protected override string Problem => "does not say what it holds";
}
