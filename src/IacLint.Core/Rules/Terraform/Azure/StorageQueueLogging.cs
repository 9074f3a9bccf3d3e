using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2014: a storage account with queues does not log queue requests.</summary>
public sealed class StorageQueueLogging : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2014",
        Name: "azure-storage-queue-logging",
        Title: "Storage queue service logging disabled",
        Description: "An `azurerm_storage_account` that has queues (a `queue_properties` block, or an `azurerm_storage_queue` pointing at it) has no `queue_properties.logging` block, or one that logs none of `read`, `write` and `delete`.",
        Why: "Without Storage Analytics logging there is no record of who read, added or deleted queue messages; an abused key or SAS token leaves no trace.",
        HowToFix: "Add `queue_properties { logging { read = true, write = true, delete = true, version = \"1.0\", retention_policy_days = 90 } }` (or a diagnostic setting to Log Analytics).",
        Example: """
            ```hcl
            resource "azurerm_storage_account" "jobs" {
              queue_properties {
                logging {
                  read                  = true
                  write                 = true
                  delete                = true
                  version               = "1.0"
                  retention_policy_days = 90
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "storage"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0009", "tfsec:azure-storage-queue-services-logging-enabled"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_33", "trivy:AVD-AZU-0057", "tfsec:azure-storage-storage-account-logging-enabled"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_storage_account"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var properties = resource.Body.Blocks("queue_properties").ToList();
        if (properties.Count == 0 && !Companions.For(configuration, resource, "azurerm_storage_queue", "storage_account_id", "storage_account_name").Any()) yield break;
        var logging = properties.SelectMany(p => p.Body?.Blocks("logging") ?? []).ToList();
        if (logging.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} has queues but no queue_properties.logging: queue requests are not logged.");
            yield break;
        }
        foreach (var log in logging)
        {
            var flags = new[] { "read", "write", "delete" }.Select(log.Attribute).ToList();
            if (flags.Any(f => f is not null && !f.Value.IsKnown)) continue;
            if (flags.All(f => f is null || IsFalse(f.Value)))
            {
                yield return Report(resource, null, $"{resource.Address} logs no queue requests: queue_properties.logging has read, write and delete off.");
            }
        }
    }
}
