using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1102: minor engine versions (with their security fixes) are not applied automatically.</summary>
public sealed class RdsAutoMinorVersionUpgradeDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1102",
        Name: "aws-rds-auto-minor-version-upgrade-disabled",
        Title: "RDS automatic minor version upgrades are off",
        Description: "An `aws_db_instance` or `aws_rds_cluster_instance` sets `auto_minor_version_upgrade = false` (the default is true).",
        Why: "Minor engine versions carry security fixes. With automatic upgrades off, the database keeps running a version with known vulnerabilities until someone upgrades it by hand.",
        HowToFix: "Set `auto_minor_version_upgrade = true` (or remove it) and choose a `maintenance_window` that suits you.",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              auto_minor_version_upgrade = true
              maintenance_window         = "sun:03:00-sun:04:00"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "rds"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        EquivalentIds: ["checkov:CKV_AWS_226"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster_instance"];

    protected override IReadOnlyList<string> Attributes { get; } = ["auto_minor_version_upgrade"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "does not get minor version upgrades";
}
