using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2040: SQL transparent data encryption uses a service-managed key.</summary>
public sealed class SqlTdeWithoutCustomerKey : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2040",
        Name: "azure-sql-tde-customer-managed-key",
        Title: "SQL server transparent data encryption without a customer-managed key",
        Description: "An `azurerm_mssql_server` has no `azurerm_mssql_server_transparent_data_encryption` pointing at it (by `server_id`) with a `key_vault_key_id` or `managed_hsm_key_id`.",
        Why: "With a service-managed TDE protector you cannot rotate, audit or revoke the key that protects the databases and their backups; a key in your Key Vault lets you cut off access to the data in one logged step.",
        HowToFix: "Add an `azurerm_mssql_server_transparent_data_encryption` with `key_vault_key_id` (the server needs an identity with get/wrap/unwrap rights on the key).",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_transparent_data_encryption" "main" {
              server_id        = azurerm_mssql_server.main.id
              key_vault_key_id = azurerm_key_vault_key.tde.id
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV2_AZURE_27"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server"];

    private const string Encryption = "azurerm_mssql_server_transparent_data_encryption";

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var settings = Companions.For(configuration, resource, Encryption, "server_id").ToList();
        if (settings.Any(s => s.Body.Attribute("key_vault_key_id") is { Value: not TfNull } || s.Body.Attribute("managed_hsm_key_id") is { Value: not TfNull })) yield break;
        if (settings.Count == 0 && Companions.AnyUnresolved(configuration, resource, Encryption, "server_id"))
        {
            yield return Report(resource, null, $"Could not tell whether {resource.Address} uses a customer-managed TDE key: a {Encryption}'s server is known only after apply.") with { Level = Level.Note };
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} encrypts its databases with a service-managed key: no {Encryption} with key_vault_key_id.");
    }
}
