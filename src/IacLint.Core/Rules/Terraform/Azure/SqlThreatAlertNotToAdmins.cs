using IacLint.Findings;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>IAC2039: SQL threat alerts are not sent to the subscription admins.</summary>
public sealed class SqlThreatAlertNotToAdmins : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC2039",
        Name: "azure-sql-threat-alert-admins",
        Title: "SQL threat detection alerts not sent to subscription admins",
        Description: "An `azurerm_mssql_server_security_alert_policy` does not set `email_account_admins = true` (default false).",
        Why: "Subscription owners are accountable for the resources; if threat alerts do not reach them, an attack on the database may be ignored when the configured mailbox is unattended.",
        HowToFix: "Set `email_account_admins = true`.",
        Example: """
            ```hcl
            resource "azurerm_mssql_server_security_alert_policy" "main" {
              email_account_admins = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "terraform", "azure", "sql"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AZU-0023", "tfsec:azure-database-threat-alert-email-to-owner"],
        Precision: Precision.High,
        RelatedIds: ["checkov:CKV_AZURE_27"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_mssql_server_security_alert_policy"];

    protected override IReadOnlyList<string> Attributes { get; } = ["email_account_admins"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not alert the subscription admins";
}
