using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1135: an EMR security configuration leaves traffic unencrypted.</summary>
public sealed class EmrInTransitEncryptionDisabled : EmrSecurityConfigurationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1135",
        Name: "aws-emr-in-transit-encryption-disabled",
        Title: "EMR security configuration does not encrypt data in transit",
        Description: "An `aws_emr_security_configuration`'s JSON `configuration` does not set `EncryptionConfiguration.EnableInTransitEncryption` to true.",
        Why: "Without in-transit encryption, shuffle data, HDFS block transfers and Spark/Hadoop RPC between nodes cross the network in plaintext.",
        HowToFix: "Set `\"EnableInTransitEncryption\": true` with an `InTransitEncryptionConfiguration` (TLS certificates).",
        Example: """
            ```hcl
            configuration = jsonencode({
              EncryptionConfiguration = {
                EnableInTransitEncryption = true
                InTransitEncryptionConfiguration = {
                  TLSCertificateConfiguration = { CertificateProviderType = "PEM", S3Object = "s3://certs/emr.zip" }
                }
              }
            })
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "emr"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0138", "tfsec:aws-emr-enable-in-transit-encryption"]);

    protected override string Problem => "does not encrypt data in transit";

    protected override string? JudgeEncryption(TfObject encryption) =>
        IsTrueFlag(encryption, "EnableInTransitEncryption") ? null : "does not set EnableInTransitEncryption to true";
}
