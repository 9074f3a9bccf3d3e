using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2032: a PostgreSQL server does not set log_connections to on.</summary>
public sealed class PostgresLogConnections : PostgresParameterRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2032",
        Name: "azure-postgres-log-connections",
        Title: "PostgreSQL server parameter log_connections not on",
        Description: "An `azurerm_postgresql_server` has no `azurerm_postgresql_configuration` named `log_connections` with value `on` pointing at it (by `server_name`), or has one set to `off`.",
        Why: "Without connection logging, failed and successful logins leave no trace: password spraying against the server, or a leaked credential used from an unknown address, cannot be detected or investigated.",
        HowToFix: "Add an `azurerm_postgresql_configuration` with `name = \"log_connections\"` and `value = \"on\"` for the server.",
        Example: """
            ```hcl
            resource "azurerm_postgresql_configuration" "log_connections" {
              name                = "log_connections"
              resource_group_name = azurerm_resource_group.db.name
              server_name         = azurerm_postgresql_server.main.name
              value               = "on"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0019", "tfsec:azure-database-postgres-configuration-log-connections", "checkov:CKV_AZURE_31"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server"];

    protected override string Parameter => "log_connections";
}
