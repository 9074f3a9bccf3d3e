using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2050: an AKS cluster keeps its local admin account.</summary>
public sealed class AksLocalAccountsEnabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2050",
        Name: "azure-aks-local-accounts-enabled",
        Title: "AKS cluster with local accounts enabled",
        Description: "An `azurerm_kubernetes_cluster` does not set `local_account_disabled = true` (default false).",
        Why: "The local cluster-admin credential bypasses Entra ID: whoever downloads it (`az aks get-credentials --admin`) has full, unaudited control without MFA or conditional access, and it cannot be revoked per person.",
        HowToFix: "Use Entra ID integration (`azure_active_directory_role_based_access_control`) and set `local_account_disabled = true`.",
        Example: """
            ```hcl
            resource "azurerm_kubernetes_cluster" "main" {
              local_account_disabled = true
              azure_active_directory_role_based_access_control {
                azure_rbac_enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "aks"],
        Area: AuditArea.Access,
        Cwe: "CWE-287",
        EquivalentIds: ["checkov:CKV_AZURE_141"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_kubernetes_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["local_account_disabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "keeps the local admin account";
}
