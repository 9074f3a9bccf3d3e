using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2029: a database server accepts TLS older than 1.2.</summary>
public sealed class DatabaseMinimumTls : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2029",
        Name: "azure-database-minimum-tls",
        Title: "Database server allows TLS below 1.2",
        Description: "An `azurerm_mssql_server` sets `minimum_tls_version` to `1.0`, `1.1` or `Disabled`, or an `azurerm_postgresql_server`/`azurerm_mysql_server` sets `ssl_minimal_tls_version_enforced` to `TLS1_0`, `TLS1_1` or `TLSEnforcementDisabled`. (Unset means 1.2.)",
        Why: "TLS 1.0 and 1.1 have known weaknesses and are deprecated; a server that accepts them lets clients be downgraded and their traffic intercepted.",
        HowToFix: "Set `minimum_tls_version = \"1.2\"` (SQL) or `ssl_minimal_tls_version_enforced = \"TLS1_2\"` (PostgreSQL/MySQL), or remove the attribute.",
        Example: """
            ```hcl
            resource "azurerm_mssql_server" "main" {
              minimum_tls_version = "1.2"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "azure", "database"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["trivy:AVD-AZU-0026", "tfsec:azure-database-secure-tls-policy"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_52", "checkov:CKV_AZURE_147"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server", "azurerm_postgresql_server", "azurerm_mysql_server"];

    protected override IReadOnlyList<string> Attributes { get; } = ["minimum_tls_version", "ssl_minimal_tls_version_enforced"];

    protected override string Problem => "accepts TLS below 1.2";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "1.0" or "1.1" or "Disabled" or "TLS1_0" or "TLS1_1" or "TLSEnforcementDisabled" } ? $"= {Quote(value)}" : null;
}
