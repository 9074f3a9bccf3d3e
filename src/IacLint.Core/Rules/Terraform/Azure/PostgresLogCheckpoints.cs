using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2033: a PostgreSQL server does not set log_checkpoints to on.</summary>
public sealed class PostgresLogCheckpoints : PostgresParameterRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2033",
        Name: "azure-postgres-log-checkpoints",
        Title: "PostgreSQL server parameter log_checkpoints not on",
        Description: "An `azurerm_postgresql_server` has no `azurerm_postgresql_configuration` named `log_checkpoints` with value `on` pointing at it (by `server_name`), or has one set to `off`.",
        Why: "Checkpoint logs show write load and recovery behaviour; without them, performance incidents and crash recovery cannot be diagnosed, and CIS benchmarks require them.",
        HowToFix: "Add an `azurerm_postgresql_configuration` with `name = \"log_checkpoints\"` and `value = \"on\"` for the server.",
        Example: """
            ```hcl
            resource "azurerm_postgresql_configuration" "log_checkpoints" {
              name                = "log_checkpoints"
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
        EquivalentIds: ["trivy:AVD-AZU-0024", "tfsec:azure-database-postgres-configuration-log-checkpoints", "checkov:CKV_AZURE_30"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server"];

    protected override string Parameter => "log_checkpoints";
}
