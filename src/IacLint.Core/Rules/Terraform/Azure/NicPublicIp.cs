using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2011: a network interface has a public IP address.</summary>
public sealed class NicPublicIp : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2011",
        Name: "azure-network-nic-public-ip",
        Title: "Network interface has a public IP address",
        Description: "An `ip_configuration` of an `azurerm_network_interface` sets `public_ip_address_id`.",
        Why: "A public IP on a VM's interface puts the VM directly on the internet, where only its network security group stands between every open port and the world; a load balancer, gateway or Bastion keeps VMs private.",
        HowToFix: "Remove `public_ip_address_id`; publish services through a load balancer or Application Gateway and reach VMs through Azure Bastion.",
        Example: """
            ```hcl
            resource "azurerm_network_interface" "app" {
              ip_configuration {
                name                          = "internal"
                subnet_id                     = azurerm_subnet.app.id
                private_ip_address_allocation = "Dynamic"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.3,
        Tags: ["security", "terraform", "azure", "network"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0076", "tfsec:azure-network-network-interface-public-ip", "checkov:CKV_AZURE_119"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_interface"];

    // The id of a public IP is known only after apply: that it is given is what counts.
    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var configurationBlock in resource.Body.Blocks("ip_configuration"))
        {
            var publicIp = configurationBlock.Attribute("public_ip_address_id");
            if (publicIp is null || publicIp.Value is TfNull or TfString { Value.Length: 0 }) continue;
            var which = publicIp.Value is TfUnknown { RefersTo: { } address } ? address : "a public IP";
            yield return Report(resource, publicIp, $"{resource.Address} is reachable from the internet: ip_configuration.public_ip_address_id is {which}.");
        }
    }
}
