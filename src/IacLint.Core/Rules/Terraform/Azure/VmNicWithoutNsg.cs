using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2077: a virtual machine's network interface has no network security group, on the NIC or its subnet.</summary>
public sealed class VmNicWithoutNsg : ResourceRule
{
    private const string Nic = "azurerm_network_interface";
    private const string NicAssociation = "azurerm_network_interface_security_group_association";
    private const string SubnetAssociation = "azurerm_subnet_network_security_group_association";

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2077",
        Name: "azure-vm-nic-without-nsg",
        Title: "Virtual machine network interface without a network security group",
        Description: "A network interface of an `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine` or `azurerm_virtual_machine` (an `azurerm_network_interface` of the same configuration, referenced in `network_interface_ids`) has no network security group: no `network_security_group_id` on the NIC (older providers), no `azurerm_network_interface_security_group_association` for it, and no `azurerm_subnet_network_security_group_association` for the subnet of any of its `ip_configuration`s. Interfaces given as literal ids are not checked.",
        Why: "Without a network security group nothing filters traffic to the VM inside the virtual network (and from the internet, if it has a public IP or sits behind a load balancer): every port the operating system listens on is reachable.",
        HowToFix: "Associate a network security group with the subnet (`azurerm_subnet_network_security_group_association`) or the interface (`azurerm_network_interface_security_group_association`), allowing only the traffic the VM needs.",
        Example: """
            ```hcl
            resource "azurerm_subnet_network_security_group_association" "app" {
              subnet_id                 = azurerm_subnet.app.id
              network_security_group_id = azurerm_network_security_group.app.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.3,
        Tags: ["security", "terraform", "azure", "compute"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AZU-0068", "tfsec:azure-compute-vm-not-attached-to-network"],
        Precision: Precision.Medium);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var ids = resource.Body.Attribute("network_interface_ids");
        if (ids is null) yield break;
        foreach (var id in TfConvert.Elements(ids.Value) ?? [])
        {
            if (id is not TfUnknown { RefersTo: { } address }) continue;
            var nic = configuration.OfType(Nic).FirstOrDefault(n => n.Address == address);
            if (nic is null || Protected(nic, configuration)) continue;
            if (Undecided(nic, configuration))
            {
                yield return Report(resource, ids, $"Could not tell whether {nic.Address} of {resource.Address} has a network security group: an association's target is known only after apply.") with { Level = Level.Note };
                continue;
            }
            yield return Report(resource, ids, $"{resource.Address} uses {nic.Address}, which has no network security group (none on the interface or its subnet).");
        }
    }

    private static bool Protected(ResourceInstance nic, TerraformConfiguration configuration)
    {
        if (nic.Body.Attribute("network_security_group_id") is { Value: not TfNull }) return true;
        if (Companions.For(configuration, nic, NicAssociation, "network_interface_id").Any()) return true;
        var subnets = nic.Body.Blocks("ip_configuration").Select(b => b.Get("subnet_id")).OfType<TfUnknown>().Select(s => s.RefersTo).Where(s => s is not null).ToHashSet();
        return configuration.OfType(SubnetAssociation).Any(a => a.Body.Attribute("subnet_id")?.Value is TfUnknown { RefersTo: { } subnet } && subnets.Contains(subnet));
    }

    private static bool Undecided(ResourceInstance nic, TerraformConfiguration configuration) =>
        Companions.AnyUnresolved(configuration, nic, NicAssociation, "network_interface_id") ||
        configuration.OfType(SubnetAssociation).Any(a => a.Module == nic.Module && a.Body.Attribute("subnet_id")?.Value is TfUnknown { RefersTo: null });
}
