using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1134: an EMR security configuration leaves data at rest unencrypted.</summary>
public sealed class EmrAtRestEncryptionDisabled : EmrSecurityConfigurationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1134",
        Name: "aws-emr-at-rest-encryption-disabled",
        Title: "EMR security configuration does not encrypt data at rest",
        Description: "An `aws_emr_security_configuration`'s JSON `configuration` does not set `EncryptionConfiguration.EnableAtRestEncryption` to true.",
        Why: "EMR clusters process bulk data: without at-rest encryption, EMRFS data in S3 and HDFS/local volumes are stored unencrypted by the cluster.",
        HowToFix: "Set `\"EnableAtRestEncryption\": true` with an `AtRestEncryptionConfiguration` (S3 and local disk) and attach the configuration to the clusters.",
        Example: """
            ```hcl
            configuration = jsonencode({
              EncryptionConfiguration = {
                EnableAtRestEncryption = true
                AtRestEncryptionConfiguration = {
                  S3EncryptionConfiguration = { EncryptionMode = "SSE-KMS", AwsKmsKey = aws_kms_key.emr.arn }
                }
              }
            })
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "emr"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0137", "tfsec:aws-emr-enable-at-rest-encryption"]);

    protected override string Problem => "does not encrypt data at rest";

    protected override string? JudgeEncryption(TfObject encryption) =>
        IsTrueFlag(encryption, "EnableAtRestEncryption") ? null : "does not set EnableAtRestEncryption to true";
}
