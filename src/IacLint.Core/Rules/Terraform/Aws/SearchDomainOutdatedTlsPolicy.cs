using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1133: an Elasticsearch/OpenSearch endpoint accepts TLS 1.0 and 1.1.</summary>
public sealed class SearchDomainOutdatedTlsPolicy : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1133",
        Name: "aws-elasticsearch-outdated-tls-policy",
        Title: "Elasticsearch/OpenSearch endpoint allows TLS below 1.2",
        Description: "An `aws_elasticsearch_domain` or `aws_opensearch_domain` sets `domain_endpoint_options.tls_security_policy` to a policy that accepts TLS 1.0/1.1 (`Policy-Min-TLS-1-0-2019-07`). Unset on `aws_elasticsearch_domain` also fires: AWS's default for Elasticsearch domains is that policy.",
        Why: "TLS 1.0 and 1.1 have known weaknesses (BEAST, weak cipher suites) and are no longer accepted by PCI DSS and most security baselines.",
        HowToFix: "Set `tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"` (or `Policy-Min-TLS-1-2-PFS-2023-10`).",
        Example: """
            ```hcl
            domain_endpoint_options {
              enforce_https       = true
              tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "aws", "elasticsearch", "opensearch"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["trivy:AVD-AWS-0126", "tfsec:aws-elasticsearch-use-secure-tls-policy", "checkov:CKV_AWS_228"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticsearch_domain", "aws_opensearch_domain"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["domain_endpoint_options"];

    protected override IReadOnlyList<string> Attributes { get; } = ["tls_security_policy"];

    protected override string Problem => "accepts TLS below 1.2";

    protected override string? WhenMissing(ResourceInstance resource) =>
        resource.Type == "aws_elasticsearch_domain" ? "is not set (default \"Policy-Min-TLS-1-0-2019-07\")" : null;

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        value is TfString { Value: var policy } && !policy.Contains("TLS-1-2", StringComparison.Ordinal) && !policy.Contains("TLS-1-3", StringComparison.Ordinal)
            ? $"= \"{policy}\"" : null;
}
