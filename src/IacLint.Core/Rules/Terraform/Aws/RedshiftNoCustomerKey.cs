using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1158: a Redshift cluster is not encrypted with a customer-managed key.</summary>
public sealed class RedshiftNoCustomerKey : CustomerKeyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1158",
        Name: "aws-redshift-no-cmk",
        Title: "Redshift cluster is not encrypted with a customer-managed key",
        Description: "An `aws_redshift_cluster` sets `encrypted = false`, or has no `kms_key_id` (or an empty or AWS-managed one), so its data is unencrypted or encrypted with a key you do not control.",
        Why: "A data warehouse concentrates the organisation's data. With the AWS-managed key, snapshots can be restored by anyone allowed to use Redshift in the account and cannot be shared safely; a customer-managed key restricts, audits and revokes decryption.",
        HowToFix: "Set `encrypted = true` and `kms_key_id` to a customer-managed key ARN.",
        Example: """
            ```hcl
            resource "aws_redshift_cluster" "warehouse" {
              encrypted  = true
              kms_key_id = aws_kms_key.redshift.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.0,
        Tags: ["security", "terraform", "aws", "redshift", "kms"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0084", "tfsec:aws-redshift-encryption-customer-key"],
        RelatedIds: ["checkov:CKV_AWS_142", "checkov:CKV_AWS_64"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_redshift_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["kms_key_id"];

    protected override string Fallback => "unencrypted or the AWS-managed key";

    protected override string Problem => "is not encrypted with a customer-managed key";

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration) =>
        resource.Body.Attribute("encrypted") is { } encrypted && IsFalse(encrypted.Value)
            ? [Report(resource, encrypted, $"{resource.Address} {Problem}: encrypted = false.")]
            : base.Check(resource, configuration);
}
