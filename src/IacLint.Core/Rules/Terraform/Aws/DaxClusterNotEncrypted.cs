using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1111: a DAX cluster stores cached data unencrypted.</summary>
public sealed class DaxClusterNotEncrypted : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1111",
        Name: "aws-dax-cluster-not-encrypted",
        Title: "DAX cluster is not encrypted at rest",
        Description: "An `aws_dax_cluster` has no `server_side_encryption` block, or one without `enabled = true` (the default is off).",
        Why: "DAX caches copies of DynamoDB items on its nodes' disks: unencrypted, they bypass the table's own encryption. Encryption can only be chosen when the cluster is created.",
        HowToFix: "Add `server_side_encryption { enabled = true }` (this replaces the cluster).",
        Example: """
            ```hcl
            resource "aws_dax_cluster" "cache" {
              server_side_encryption {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "dynamodb", "dax"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0023", "tfsec:aws-dynamodb-enable-at-rest-encryption", "checkov:CKV_AWS_47"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_dax_cluster"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["server_side_encryption"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores cached data unencrypted";
}
