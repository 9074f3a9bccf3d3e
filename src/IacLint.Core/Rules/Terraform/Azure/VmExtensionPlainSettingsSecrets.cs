using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2065: a VM extension passes a credential in its public settings.</summary>
public sealed class VmExtensionPlainSettingsSecrets : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2065",
        Name: "azure-vm-extension-secret-in-settings",
        Title: "VM extension has a credential in its public settings",
        Description: "The `settings` JSON of an `azurerm_virtual_machine_extension` or `azurerm_virtual_machine_scale_set_extension` has a key that names a credential (`password`, `storageAccountKey`, `token`, ...) with a literal value, or a `commandToExecute`/`script` that assigns one. `protected_settings` is the place for them.",
        Why: "Public extension settings are stored and shown in clear text in the VM model, the portal, activity logs and the Terraform plan; `protected_settings` are encrypted and only decrypted on the VM.",
        HowToFix: "Move the credential to `protected_settings` (or let the VM read it from Key Vault with its managed identity).",
        Example: """
            ```hcl
            resource "azurerm_virtual_machine_extension" "setup" {
              settings           = jsonencode({ fileUris = [var.script_uri] })
              protected_settings = jsonencode({ storageAccountKey = var.storage_key, commandToExecute = "sh setup.sh" })
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "azure", "compute"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-312",
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_50"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_virtual_machine_extension", "azurerm_virtual_machine_scale_set_extension"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var settings = resource.Body.Attribute("settings");
        if (settings?.Value is not TfString json) yield break;
        if (ScriptSecrets.FindInJson(json.Value) is { } name)
        {
            yield return Report(resource, settings, $"{resource.Address} has a credential in its public settings: {name}; use protected_settings.");
        }
    }
}
