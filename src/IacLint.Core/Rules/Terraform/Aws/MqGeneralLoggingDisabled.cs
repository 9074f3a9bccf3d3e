using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1147: an MQ broker sends no general log to CloudWatch.</summary>
public sealed class MqGeneralLoggingDisabled : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1147",
        Name: "aws-mq-general-logging-disabled",
        Title: "MQ broker general logging is off",
        Description: "An `aws_mq_broker` has no `logs` block, or one whose `general` is false or unset (the default is false).",
        Why: "The general log holds connection, authentication and error events of the broker: without it failed logins, client storms and broker faults cannot be investigated.",
        HowToFix: "Add `logs { general = true }` (and `audit = true` for ActiveMQ).",
        Example: """
            ```hcl
            resource "aws_mq_broker" "orders" {
              logs {
                general = true
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["security", "terraform", "aws", "mq"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0071", "tfsec:aws-mq-enable-general-logging", "checkov:CKV_AWS_48"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_mq_broker"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["logs"];

    protected override IReadOnlyList<string> Attributes { get; } = ["general"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "does not keep a general log";
}
