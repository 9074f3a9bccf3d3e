using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1132: an Elasticsearch/OpenSearch domain stores indices unencrypted.</summary>
public sealed class SearchDomainNotEncryptedAtRest : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1132",
        Name: "aws-elasticsearch-not-encrypted-at-rest",
        Title: "Elasticsearch/OpenSearch domain is not encrypted at rest",
        Description: "An `aws_elasticsearch_domain` or `aws_opensearch_domain` has no `encrypt_at_rest` block, or one with `enabled = false` (the default is off).",
        Why: "Indices, automated snapshots and logs of the domain are then stored unencrypted; search indices often hold copies of the most sensitive data in the system.",
        HowToFix: "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for a customer-managed key).",
        Example: """
            ```hcl
            resource "aws_opensearch_domain" "search" {
              encrypt_at_rest {
                enabled = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "elasticsearch", "opensearch"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-311",
        EquivalentIds: ["trivy:AVD-AWS-0048", "tfsec:aws-elasticsearch-enable-domain-encryption", "checkov:CKV_AWS_5"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticsearch_domain", "aws_opensearch_domain"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["encrypt_at_rest"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "stores indices unencrypted";
}
