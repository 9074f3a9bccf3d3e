using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1010: an RDS database can be deleted without first turning protection off.</summary>
public sealed class RdsDeletionProtectionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1010",
        Name: "aws-rds-deletion-protection-disabled",
        Title: "RDS deletion protection is off",
        Description: "An `aws_db_instance` or `aws_rds_cluster` has `deletion_protection` false or unset (the default is false).",
        Why: "Without deletion protection a `terraform destroy`, a renamed resource or a console slip deletes the production database in one step.",
        HowToFix: "Set `deletion_protection = true` for databases that hold data you cannot recreate.",
        Example: """
            ```hcl
            resource "aws_rds_cluster" "orders" {
              deletion_protection = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "backup", "terraform", "aws", "rds"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_293", "checkov:CKV_AWS_139"],
        Precision: Precision.High,
        // Trivy's check looks at DB instances only (and only in cloud scans).
        RelatedIds: ["trivy:AVD-AWS-0177", "tfsec:aws-rds-enable-deletion-protection"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_db_instance", "aws_rds_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["deletion_protection"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "can be deleted without protection";
}
