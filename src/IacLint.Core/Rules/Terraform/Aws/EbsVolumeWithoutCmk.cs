using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1044: eBS volume is not encrypted with a customer managed key.</summary>
public sealed class EbsVolumeWithoutCmk : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1044",
        Name: "aws-ebs-volume-without-cmk",
        Title: "EBS volume is not encrypted with a customer managed key",
        Description: "An `aws_ebs_volume` leaves `kms_key_id` unset, so it is encrypted (if at all) with the AWS managed key `aws/ebs`.",
        Why: "With a customer managed key, the key policy decides who can use snapshots of the volume, key use is logged, and the key can be disabled; the AWS managed key cannot be shared across accounts or restricted.",
        HowToFix: "Set `kms_key_id` to an `aws_kms_key` with rotation enabled.",
        Example: """
            ```hcl
            resource "aws_ebs_volume" "data" {
              availability_zone = "eu-west-1a"
              size              = 100
              encrypted         = true
              kms_key_id        = aws_kms_key.ebs.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "aws", "ebs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["checkov:CKV_AWS_189", "trivy:AVD-AWS-0027", "tfsec:aws-ec2-volume-encryption-customer-key", "tfsec:aws-ebs-encryption-customer-key"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ebs_volume"];

    protected override string Attribute => "kms_key_id";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" or "alias/aws/ebs" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "the AWS managed key aws/ebs";

    protected override string Problem => "is not encrypted with a customer managed key";
}
