using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1146: an ActiveMQ broker does not log management actions.</summary>
public sealed class MqAuditLoggingDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1146",
        Name: "aws-mq-audit-logging-disabled",
        Title: "MQ broker audit logging is off",
        Description: "An `aws_mq_broker` running ActiveMQ has no `logs` block, or one whose `audit` is false or unset (the default is false). RabbitMQ brokers, which have no audit log, are skipped.",
        Why: "The audit log records management actions through the web console and JMX (queues purged or deleted, users changed); without it those actions leave no trace.",
        HowToFix: "Add `logs { audit = true general = true }`.",
        Example: """
            ```hcl
            resource "aws_mq_broker" "orders" {
              logs {
                audit   = true
                general = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "mq"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0070", "tfsec:aws-mq-enable-audit-logging"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_mq_broker"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["logs"];

    protected override IReadOnlyList<string> Attributes { get; } = ["audit"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not keep an audit log";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("engine_type")?.Value is not TfString { Value: var engine } || !engine.Equals("RabbitMQ", StringComparison.OrdinalIgnoreCase);
}
