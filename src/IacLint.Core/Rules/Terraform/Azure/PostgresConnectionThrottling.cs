using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2034: a PostgreSQL server does not set connection_throttling to on.</summary>
public sealed class PostgresConnectionThrottling : PostgresParameterRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2034",
        Name: "azure-postgres-connection-throttling",
        Title: "PostgreSQL server parameter connection_throttling not on",
        Description: "An `azurerm_postgresql_server` has no `azurerm_postgresql_configuration` named `connection_throttling` with value `on` pointing at it (by `server_name`), or has one set to `off`.",
        Why: "Connection throttling slows down repeated failed logins from one address; without it the server is an easy target for password brute force, which also exhausts its connections.",
        HowToFix: "Add an `azurerm_postgresql_configuration` with `name = \"connection_throttling\"` and `value = \"on\"` for the server.",
        Example: """
            ```hcl
            resource "azurerm_postgresql_configuration" "connection_throttling" {
              name                = "connection_throttling"
              resource_group_name = azurerm_resource_group.db.name
              server_name         = azurerm_postgresql_server.main.name
              value               = "on"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Access,
        Cwe: "CWE-307",
        EquivalentIds: ["trivy:AVD-AZU-0021", "tfsec:azure-database-postgres-configuration-connection-throttling", "checkov:CKV_AZURE_32"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_postgresql_server"];

    protected override string Parameter => "connection_throttling";
}
