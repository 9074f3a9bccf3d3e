using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1136: an EMR security configuration leaves the nodes' local disks unencrypted.</summary>
public sealed class EmrLocalDiskEncryptionDisabled : EmrSecurityConfigurationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1136",
        Name: "aws-emr-local-disk-encryption-disabled",
        Title: "EMR security configuration does not encrypt local disks",
        Description: "An `aws_emr_security_configuration`'s JSON `configuration` has no `AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType` (or an empty one).",
        Why: "Local disks of EMR nodes hold HDFS blocks, shuffle and spill files: copies of the data being processed, left unencrypted on EBS and instance-store volumes.",
        HowToFix: "Add `LocalDiskEncryptionConfiguration` with `EncryptionKeyProviderType = \"AwsKms\"` and `AwsKmsKey`.",
        Example: """
            ```hcl
            LocalDiskEncryptionConfiguration = {
              EncryptionKeyProviderType = "AwsKms"
              AwsKmsKey                 = aws_kms_key.emr.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "emr"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0139", "tfsec:aws-emr-enable-local-disk-encryption"]);

    protected override string Problem => "does not encrypt the nodes' local disks";

    protected override string? JudgeEncryption(TfObject encryption)
    {
        var provider = ((encryption.Get("AtRestEncryptionConfiguration") as TfObject)?.Get("LocalDiskEncryptionConfiguration") as TfObject)?.Get("EncryptionKeyProviderType");
        return provider is TfString { Value.Length: > 0 } ? null : "has no LocalDiskEncryptionConfiguration.EncryptionKeyProviderType";
    }
}
