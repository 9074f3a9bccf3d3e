using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1011: deleting the database takes no final snapshot.</summary>
public sealed class RdsSkipFinalSnapshot : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1011",
        Name: "aws-rds-skip-final-snapshot",
        Title: "RDS deletion skips the final snapshot",
        Description: "An `aws_db_instance` or `aws_rds_cluster` sets `skip_final_snapshot = true`, so deleting it keeps no snapshot of the last state.",
        Why: "When the database is destroyed (on purpose or by a mistaken plan), the data since the last automated backup is gone, and automated backups are deleted with the instance unless retained.",
        HowToFix: "Set `skip_final_snapshot = false` with a `final_snapshot_identifier`.",
        Example: """
            ```hcl
            resource "aws_db_instance" "orders" {
              skip_final_snapshot       = false
              final_snapshot_identifier = "orders-final"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "backup", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        Precision: Precision.VeryHigh);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["skip_final_snapshot"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "takes no final snapshot when deleted";
}
