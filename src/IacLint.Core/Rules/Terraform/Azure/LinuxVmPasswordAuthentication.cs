using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2062: a Linux VM accepts password logins.</summary>
public sealed class LinuxVmPasswordAuthentication : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2062",
        Name: "azure-vm-linux-password-authentication",
        Title: "Linux virtual machine allows password authentication",
        Description: "An `azurerm_linux_virtual_machine` or `azurerm_linux_virtual_machine_scale_set` sets `disable_password_authentication = false` (default true), or an `azurerm_virtual_machine` sets `os_profile_linux_config.disable_password_authentication = false`.",
        Why: "SSH password logins can be brute-forced and passwords are reused and phished; SSH keys (or Entra ID login) cannot be guessed.",
        HowToFix: "Set `disable_password_authentication = true` and add an `admin_ssh_key`.",
        Example: """
            ```hcl
            resource "azurerm_linux_virtual_machine" "app" {
              disable_password_authentication = true
              admin_ssh_key {
                username   = "azureuser"
                public_key = file("~/.ssh/id_ed25519.pub")
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "azure", "compute"],
        Area: AuditArea.Access,
        Cwe: "CWE-309",
        EquivalentIds: ["trivy:AVD-AZU-0039", "tfsec:azure-compute-disable-password-authentication"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_149", "checkov:CKV_AZURE_1", "checkov:CKV_AZURE_178"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var flags = resource.Type == "azurerm_virtual_machine"
            ? resource.Body.Blocks("os_profile_linux_config").Select(b => b.Attribute("disable_password_authentication"))
            : [resource.Body.Attribute("disable_password_authentication")];
        foreach (var flag in flags)
        {
            if (flag is null) continue;
            if (!flag.Value.IsKnown) yield return CouldNotEvaluate(resource, flag, flag.Name, flag.Value);
            else if (IsFalse(flag.Value)) yield return Report(resource, flag, $"{resource.Address} accepts SSH password logins: disable_password_authentication = false.");
        }
    }
}
