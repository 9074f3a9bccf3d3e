using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1177: a DocumentDB or Neptune cluster can be deleted in one step.</summary>
public sealed class DocumentClusterDeletionProtectionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1177",
        Name: "aws-docdb-neptune-deletion-protection-disabled",
        Title: "DocumentDB/Neptune deletion protection is off",
        Description: "An `aws_docdb_cluster` or `aws_neptune_cluster` has `deletion_protection` false or unset (the default is false). (RDS and Aurora are IAC1010's.)",
        Why: "Without deletion protection a `terraform destroy`, a renamed resource or a console slip deletes the cluster, and its automated backups with it, in one step.",
        HowToFix: "Set `deletion_protection = true` for clusters that hold data you cannot recreate.",
        Example: """
            ```hcl
            resource "aws_docdb_cluster" "catalog" {
              deletion_protection = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "documentdb", "neptune"],
        Area: AuditArea.Backup);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_docdb_cluster", "aws_neptune_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["deletion_protection"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "can be deleted without protection";
}
