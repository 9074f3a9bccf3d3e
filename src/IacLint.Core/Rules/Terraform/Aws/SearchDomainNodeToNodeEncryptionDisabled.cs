using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1130: nodes of an Elasticsearch/OpenSearch domain talk to each other in plaintext.</summary>
public sealed class SearchDomainNodeToNodeEncryptionDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1130",
        Name: "aws-elasticsearch-node-to-node-encryption-disabled",
        Title: "Elasticsearch/OpenSearch node-to-node encryption is off",
        Description: "An `aws_elasticsearch_domain` or `aws_opensearch_domain` has no `node_to_node_encryption` block, or one with `enabled = false` (the default is off).",
        Why: "Shard replication and queries between nodes then travel in plaintext inside the VPC: documents can be captured by anyone who can sniff that traffic. Fine-grained access control requires it.",
        HowToFix: "Add `node_to_node_encryption { enabled = true }`.",
        Example: """
            ```hcl
            resource "aws_opensearch_domain" "search" {
              node_to_node_encryption {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "elasticsearch", "opensearch"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0043", "tfsec:aws-elasticsearch-enable-in-transit-encryption", "checkov:CKV_AWS_6"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticsearch_domain", "aws_opensearch_domain"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["node_to_node_encryption"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not encrypt traffic between nodes";
}
