using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1056: eBS encryption by default is turned off.</summary>
public sealed class EbsDefaultEncryptionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1056",
        Name: "aws-ebs-default-encryption-disabled",
        Title: "EBS encryption by default is turned off",
        Description: "An `aws_ebs_encryption_by_default` sets `enabled = false`.",
        Why: "With encryption by default on, every new volume and snapshot copy in the region is encrypted even when a template forgets it; turning it off removes that safety net for the whole account.",
        HowToFix: "Set `enabled = true` (the default).",
        Example: """
            ```hcl
            resource "aws_ebs_encryption_by_default" "this" {
              enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "ebs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_106"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ebs_encryption_by_default"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "turns EBS encryption by default off";
}
