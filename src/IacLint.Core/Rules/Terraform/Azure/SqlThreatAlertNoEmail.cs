using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2038: SQL threat alerts are sent to no email address.</summary>
public sealed class SqlThreatAlertNoEmail : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2038",
        Name: "azure-sql-threat-alert-no-email",
        Title: "SQL threat detection alerts go to no email address",
        Description: "An `azurerm_mssql_server_security_alert_policy` has no `email_addresses`, or an empty list.",
        Why: "Threat detection that emails nobody is only seen by someone who happens to open the portal; an SQL injection or brute-force alert needs to reach the security team when it fires.",
        HowToFix: "Set `email_addresses` to the security team's distribution list (and `email_account_admins = true`).",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_security_alert_policy" "main" {
              email_addresses = ["db-security@example.com"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0018", "tfsec:azure-database-threat-alert-email-set"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_26"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server_security_alert_policy"];

    protected override IReadOnlyList<string> Attributes { get; } = ["email_addresses"];

    protected override string Problem => "sends threat alerts to nobody";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (no addresses)";

    protected override string? Judge(TfValue value, ResourceInstance resource) => TfConvert.Elements(value) is { Count: 0 } ? "is empty" : null;
}
