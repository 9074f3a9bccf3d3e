using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1129: an Elasticsearch/OpenSearch domain publishes no audit log.</summary>
public sealed class SearchDomainAuditLogDisabled : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1129",
        Name: "aws-elasticsearch-audit-log-disabled",
        Title: "Elasticsearch/OpenSearch domain does not publish audit logs",
        Description: "An `aws_elasticsearch_domain` or `aws_opensearch_domain` has no `log_publishing_options` with `log_type = \"AUDIT_LOGS\"`, or has it with `enabled = false`.",
        Why: "Audit logs record who searched, read and changed which index; without them a data leak through the search API leaves no trace.",
        HowToFix: "Add `log_publishing_options { log_type = \"AUDIT_LOGS\" cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn }` (audit logs need fine-grained access control).",
        Example: """
            ```hcl
            resource "aws_opensearch_domain" "search" {
              log_publishing_options {
                log_type                 = "AUDIT_LOGS"
                cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "elasticsearch", "opensearch"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0042", "tfsec:aws-elasticsearch-enable-domain-logging", "checkov:CKV_AWS_317"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticsearch_domain", "aws_opensearch_domain"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var audit = resource.Body.Blocks("log_publishing_options").Where(b => b.Get("log_type") is TfString { Value: "AUDIT_LOGS" }).ToList();
        if (audit.Count == 0)
        {
            yield return Report(resource, null, $"{resource.Address} publishes no audit log: no log_publishing_options with log_type \"AUDIT_LOGS\".");
            yield break;
        }
        foreach (var enabled in audit.Select(b => b.Attribute("enabled")).OfType<EvaluatedAttribute>())
        {
            if (!enabled.Value.IsKnown) yield return CouldNotEvaluate(resource, enabled, "log_publishing_options.enabled", enabled.Value);
            else if (IsFalse(enabled.Value)) yield return Report(resource, enabled, $"{resource.Address} publishes no audit log: AUDIT_LOGS log_publishing_options.enabled = false.");
        }
    }
}
