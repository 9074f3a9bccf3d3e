using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1055: eBS snapshot copy is not encrypted.</summary>
public sealed class EbsSnapshotCopyUnencrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1055",
        Name: "aws-ebs-snapshot-copy-unencrypted",
        Title: "EBS snapshot copy is not encrypted",
        Description: "An `aws_ebs_snapshot_copy` has `encrypted` false or unset (the default is false, so a copy of an unencrypted snapshot stays unencrypted).",
        Why: "Snapshots are copied to other regions and shared with other accounts; an unencrypted copy carries the whole disk in the clear wherever it goes.",
        HowToFix: "Set `encrypted = true` (and `kms_key_id` for a customer managed key) on the copy.",
        Example: """
            ```hcl
            resource "aws_ebs_snapshot_copy" "dr" {
              source_snapshot_id = aws_ebs_snapshot.data.id
              source_region      = "eu-west-1"
              encrypted          = true
              kms_key_id         = aws_kms_key.dr.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "aws", "ebs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ebs_snapshot_copy"];

    protected override IReadOnlyList<string> Attributes { get; } = ["encrypted"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "is not encrypted";
}
