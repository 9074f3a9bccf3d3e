using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1128: an EFS file system stores files unencrypted.</summary>
public sealed class EfsFileSystemNotEncrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1128",
        Name: "aws-efs-not-encrypted",
        Title: "EFS file system is not encrypted at rest",
        Description: "An `aws_efs_file_system` has `encrypted` false or unset (the provider's default is false).",
        Why: "Files on EFS (uploads, exports, shared configuration) and their backups are then readable by anyone who obtains the storage. Encryption can only be chosen when the file system is created.",
        HowToFix: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key); this replaces the file system, so copy the data with DataSync.",
        Example: """
            ```hcl
            resource "aws_efs_file_system" "uploads" {
              encrypted = true
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "efs"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0037", "tfsec:aws-efs-enable-at-rest-encryption", "checkov:CKV_AWS_42"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_efs_file_system"];

    protected override IReadOnlyList<string> Attributes { get; } = ["encrypted"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores files unencrypted";
}
