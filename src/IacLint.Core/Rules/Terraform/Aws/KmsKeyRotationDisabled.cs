using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1138: a symmetric KMS key keeps the same key material forever.</summary>
public sealed class KmsKeyRotationDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1138",
        Name: "aws-kms-key-rotation-disabled",
        Title: "KMS key rotation is off",
        Description: "A symmetric encryption `aws_kms_key` (`key_usage` `ENCRYPT_DECRYPT` and `customer_master_key_spec` `SYMMETRIC_DEFAULT`, the defaults) has `enable_key_rotation` false or unset (the default is false). Asymmetric, HMAC and signing keys cannot rotate automatically and are skipped.",
        Why: "Rotating key material limits how much data one key version protects and how long a leaked or cryptanalysed version stays useful; most compliance baselines (CIS, PCI DSS) require yearly rotation.",
        HowToFix: "Set `enable_key_rotation = true` (optionally `rotation_period_in_days`). Old versions stay available for decryption.",
        Example: """
            ```hcl
            resource "aws_kms_key" "data" {
              enable_key_rotation = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-320",
        EquivalentIds: ["trivy:AVD-AWS-0065", "tfsec:aws-kms-auto-rotate-keys", "checkov:CKV_AWS_7"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_kms_key"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enable_key_rotation"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "never rotates its key material";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("key_usage")?.Value is null or TfNull or TfString { Value: "ENCRYPT_DECRYPT" } &&
        (resource.Body.Attribute("customer_master_key_spec") ?? resource.Body.Attribute("key_spec"))?.Value is null or TfNull or TfString { Value: "SYMMETRIC_DEFAULT" };
}
