using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2004: a storage account accepts TLS older than 1.2.</summary>
public sealed class StorageMinimumTls : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2004",
        Name: "azure-storage-minimum-tls",
        Title: "Azure storage allows TLS below 1.2",
        Description: "An `azurerm_storage_account` sets `min_tls_version` to `TLS1_0` or `TLS1_1`. (Unset means TLS1_2 in current provider versions.)",
        Why: "TLS 1.0 and 1.1 have known weaknesses and are deprecated; clients that still use them can be downgraded and intercepted.",
        HowToFix: "Set `min_tls_version = \"TLS1_2\"`.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              min_tls_version = "TLS1_2"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "encryption", "terraform", "azure", "storage"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["trivy:AVD-AZU-0011", "tfsec:azure-storage-use-secure-tls-policy"],
        RelatedIds: ["checkov:CKV_AZURE_44"],
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var tls = resource.Body.Attribute("min_tls_version");
        if (tls is null) yield break;
        if (!tls.Value.IsKnown) yield return CouldNotEvaluate(resource, tls, "min_tls_version", tls.Value);
        else if (tls.Value is TfString { Value: "TLS1_0" or "TLS1_1" } s) yield return Report(resource, tls, $"{resource.Address} allows {s.Value}.");
    }
}
