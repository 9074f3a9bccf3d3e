using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2046: an AKS cluster is never upgraded automatically.</summary>
public sealed class AksNoAutoUpgrade : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2046",
        Name: "azure-aks-no-auto-upgrade",
        Title: "AKS cluster without an automatic upgrade channel",
        Description: "An `azurerm_kubernetes_cluster` does not set `automatic_upgrade_channel` (azurerm 4.x; `automatic_channel_upgrade` in 3.x), or sets it to `none`.",
        Why: "Kubernetes minor versions get patches for about a year; clusters that are only upgraded by hand fall behind on security fixes and end up on unsupported versions.",
        HowToFix: "Set `automatic_upgrade_channel = \"patch\"` (or `stable`) and a `maintenance_window_auto_upgrade`.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              automatic_upgrade_channel = "patch"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["checkov:CKV_AZURE_171"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["automatic_upgrade_channel", "automatic_channel_upgrade"];

    protected override string Problem => "is never upgraded automatically";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (no automatic upgrades)";

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: var channel } && channel.Equals("none", StringComparison.OrdinalIgnoreCase) ? $"= {Quote(value)}" : null;
}
