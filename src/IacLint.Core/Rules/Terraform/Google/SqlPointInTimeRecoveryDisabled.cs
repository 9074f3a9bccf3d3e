using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3114: a Cloud SQL instance with backups cannot be restored to a point in time.</summary>
public sealed class SqlPointInTimeRecoveryDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3114",
        Name: "google-sql-pitr-disabled",
        Title: "Cloud SQL instance has point-in-time recovery off",
        Description: "A `google_sql_database_instance` with automated backups on has point-in-time recovery off: `point_in_time_recovery_enabled` (PostgreSQL, SQL Server) or `binary_log_enabled` (MySQL) in `settings.backup_configuration` false or unset (default false). Instances without backups are reported by IAC3113 instead.",
        Why: "Daily backups lose up to a day of writes. Point-in-time recovery keeps the transaction log so the database can be restored to the moment before a bad deploy or an accidental delete.",
        HowToFix: "Set `point_in_time_recovery_enabled = true` (PostgreSQL, SQL Server) or `binary_log_enabled = true` (MySQL) next to `enabled = true`.",
        Example: """
            ```hcl
            backup_configuration {
              enabled                        = true
              point_in_time_recovery_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "sql"],
        Area: AuditArea.Backup,
        Cwe: "CWE-693");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_sql_database_instance"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("master_instance_name") is not null) yield break;
        var version = resource.Body.Attribute("database_version");
        if (version is null) yield break;
        if (!version.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, version, "database_version", version.Value);
            yield break;
        }
        var attributeName = version.Value is IacLint.Terraform.Values.TfString { Value: var text } && text.StartsWith("MYSQL", StringComparison.OrdinalIgnoreCase)
            ? "binary_log_enabled" : "point_in_time_recovery_enabled";
        foreach (var backup in GoogleBlocks.Nested(resource, ["settings", "backup_configuration"]))
        {
            if (backup.Get("enabled") is not { } enabled || GoogleBlocks.Flag(enabled) != true) continue;
            var attribute = backup.Attribute(attributeName);
            if (attribute is null || attribute.Value is IacLint.Terraform.Values.TfNull)
            {
                yield return Report(resource, null, $"{resource.Address} has point-in-time recovery off: settings.backup_configuration.{attributeName} is not set (default false).");
            }
            else if (!attribute.Value.IsKnown) yield return CouldNotEvaluate(resource, attribute, attributeName, attribute.Value);
            else if (GoogleBlocks.Flag(attribute.Value) == false) yield return Report(resource, attribute, $"{resource.Address} has point-in-time recovery off: {attributeName} = false.");
        }
    }
}
