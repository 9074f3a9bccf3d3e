using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1150: an MSK cluster's broker logs go nowhere.</summary>
public sealed class MskBrokerLoggingDisabled : ResourceRule
{
    private static readonly string[] Destinations = ["cloudwatch_logs", "firehose", "s3"];

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1150",
        Name: "aws-msk-broker-logging-disabled",
        Title: "MSK broker logs are not delivered anywhere",
        Description: "An `aws_msk_cluster` has no `logging_info.broker_logs` destination (`cloudwatch_logs`, `firehose` or `s3`) with `enabled = true`.",
        Why: "Broker logs record authentication failures, authorization denials and broker errors; without them an intrusion or a failing broker cannot be investigated.",
        HowToFix: "Add `logging_info { broker_logs { cloudwatch_logs { enabled = true log_group = aws_cloudwatch_log_group.msk.name } } }` (or Firehose/S3).",
        Example: """
            ```hcl
            logging_info {
              broker_logs {
                cloudwatch_logs {
                  enabled   = true
                  log_group = aws_cloudwatch_log_group.msk.name
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "msk"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0074", "tfsec:aws-msk-enable-logging", "checkov:CKV_AWS_80"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_msk_cluster"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var switches = resource.Body.Blocks("logging_info").SelectMany(l => l.Blocks("broker_logs"))
            .SelectMany(b => Destinations.SelectMany(b.Blocks)).Select(d => d.Attribute("enabled")).OfType<EvaluatedAttribute>().ToList();
        if (switches.Any(s => IsTrue(s.Value))) yield break;
        if (switches.FirstOrDefault(s => !s.Value.IsKnown) is { } unknown)
        {
            yield return CouldNotEvaluate(resource, unknown, "logging_info.broker_logs", unknown.Value);
            yield break;
        }
        yield return Report(resource, null, $"{resource.Address} delivers no broker logs: no logging_info.broker_logs destination is enabled.");
    }
}
