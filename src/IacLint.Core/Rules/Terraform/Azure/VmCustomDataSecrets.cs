using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2064: a VM's custom data carries a credential.</summary>
public sealed class VmCustomDataSecrets : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2064",
        Name: "azure-vm-custom-data-secrets",
        Title: "Virtual machine custom data contains a credential",
        Description: "The `custom_data` (or `user_data`) of an `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, their scale sets, or `os_profile.custom_data` of an `azurerm_virtual_machine`, assigns a literal value to a variable whose name says it is a secret (`DATABASE_PASSWORD=...`, `API_KEY=...`), or contains a private key. Base64-encoded data is decoded first. Values taken from other variables (`$X`) or placeholders are not flagged.",
        Why: "Custom data is stored with the VM model in plain form: anyone who can read the VM's configuration, the Terraform state or the instance metadata service from inside the VM can read it. Secrets there are as good as published.",
        HowToFix: "Give the VM a managed identity and let the boot script read the secret from Key Vault, or use a VM extension's `protected_settings`.",
        Example: """
            ```hcl
            resource "azurerm_linux_virtual_machine" "app" {
              custom_data = base64encode(<<-EOT
                #!/bin/sh
                export DB_PASSWORD=$(az keyvault secret show --vault-name main --name db --query value -o tsv)
              EOT
              )
              identity {
                type = "SystemAssigned"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "azure", "compute"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        EquivalentIds: ["trivy:AVD-AZU-0037", "tfsec:azure-compute-no-secrets-in-custom-data"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set", "azurerm_virtual_machine"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var data = resource.Type == "azurerm_virtual_machine"
            ? resource.Body.Blocks("os_profile").Select(b => b.Attribute("custom_data"))
            : [resource.Body.Attribute("custom_data"), resource.Body.Attribute("user_data")];
        foreach (var attribute in data)
        {
            if (attribute is null || attribute.Value is not TfString text) continue;
            if (ScriptSecrets.Find(ScriptSecrets.DecodeIfBase64(text.Value)) is { } name)
            {
                yield return Report(resource, attribute, $"{resource.Address} has a credential in {attribute.Name}: {name}.");
            }
        }
    }
}
