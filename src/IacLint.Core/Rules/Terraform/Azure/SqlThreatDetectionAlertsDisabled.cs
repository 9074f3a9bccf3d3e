using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2037: some SQL threat detection alerts are switched off.</summary>
public sealed class SqlThreatDetectionAlertsDisabled : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2037",
        Name: "azure-sql-threat-alerts-disabled",
        Title: "SQL threat detection alert types disabled",
        Description: "An `azurerm_mssql_server_security_alert_policy` lists alert types in `disabled_alerts` (for example `Sql_Injection`, `Data_Exfiltration`).",
        Why: "Each disabled alert type is an attack (SQL injection, data exfiltration, unsafe actions) that Microsoft Defender for SQL will detect but never report.",
        HowToFix: "Remove `disabled_alerts` or leave it empty.",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_security_alert_policy" "main" {
              state           = "Enabled"
              disabled_alerts = []
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0028", "tfsec:azure-database-all-threat-alerts-enabled"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_25"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server_security_alert_policy"];

    protected override IReadOnlyList<string> Attributes { get; } = ["disabled_alerts"];

    protected override string Problem => "does not report some attacks";

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => TfConvert.Elements(value) is { Count: > 0 } alerts && alerts.Any(a => a is TfString { Value.Length: > 0 }) ? $"= [{string.Join(", ", Strings(value))}]" : null;
}
