using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1131: an Elasticsearch/OpenSearch domain accepts plain HTTP.</summary>
public sealed class SearchDomainHttpsNotEnforced : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1131",
        Name: "aws-elasticsearch-https-not-enforced",
        Title: "Elasticsearch/OpenSearch domain does not require HTTPS",
        Description: "An `aws_elasticsearch_domain` or `aws_opensearch_domain` has `domain_endpoint_options.enforce_https = false`, or no `domain_endpoint_options` block (AWS then accepts HTTP). Inside the block the provider's default is true.",
        Why: "Over plain HTTP, queries, documents and the credentials or signed requests sent to the domain can be read and altered on the way.",
        HowToFix: "Add `domain_endpoint_options { enforce_https = true tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }`.",
        Example: """
            ```hcl
            resource "aws_opensearch_domain" "search" {
              domain_endpoint_options {
                enforce_https       = true
                tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "elasticsearch", "opensearch"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["trivy:AVD-AWS-0046", "tfsec:aws-elasticsearch-enforce-https", "checkov:CKV_AWS_83"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticsearch_domain", "aws_opensearch_domain"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["domain_endpoint_options"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enforce_https"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => true;

    protected override string Problem => "accepts plain HTTP";

    protected override string? WhenBlockMissing(ResourceInstance resource) => "is not set (no domain_endpoint_options: AWS does not enforce HTTPS)";
}
