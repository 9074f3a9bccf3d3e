using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2002: blobs in a storage account can be made readable anonymously.</summary>
public sealed class StoragePublicBlobAccess : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2002",
        Name: "azure-storage-public-blob-access",
        Title: "Azure storage allows anonymous public blob access",
        Description: "An `azurerm_storage_account` sets `allow_nested_items_to_be_public` (or the older `allow_blob_public_access`) to true, or an `azurerm_storage_container` has `container_access_type` `blob` or `container`.",
        Why: "Anonymous access lets anyone with the URL list or read the blobs, without a key or token; public containers are a classic source of data leaks.",
        HowToFix: "Set `allow_nested_items_to_be_public = false` on the account and `container_access_type = \"private\"` on containers; share data with SAS tokens or Entra ID.",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "data" {
              allow_nested_items_to_be_public = false
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["checkov:CKV_AZURE_34", "trivy:AVD-AZU-0007", "tfsec:azure-storage-no-public-access"],
        RelatedIds: ["checkov:CKV_AZURE_190"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account", "azurerm_storage_container"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "azurerm_storage_container")
        {
            var type = resource.Body.Attribute("container_access_type");
            if (type is null) yield break;
            if (!type.Value.IsKnown) yield return CouldNotEvaluate(resource, type, "container_access_type", type.Value);
            else if (type.Value is TfString { Value: "blob" or "container" } s) yield return Report(resource, type, $"{resource.Address} allows anonymous \"{s.Value}\" access.");
            yield break;
        }
        var allow = resource.Body.Attribute("allow_nested_items_to_be_public") ?? resource.Body.Attribute("allow_blob_public_access");
        if (allow is null) yield break;
        if (!allow.Value.IsKnown) yield return CouldNotEvaluate(resource, allow, allow.Name, allow.Value);
        else if (IsTrue(allow.Value)) yield return Report(resource, allow, $"{resource.Address} allows public access to blobs: {allow.Name} = true.");
    }
}
