using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1148: an MQ broker has a public endpoint.</summary>
public sealed class MqBrokerPubliclyAccessible : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1148",
        Name: "aws-mq-publicly-accessible",
        Title: "MQ broker is publicly accessible",
        Description: "An `aws_mq_broker` sets `publicly_accessible = true` (the default is false), so its endpoints and web console are reachable from the internet.",
        Why: "A public broker exposes its login, web console and protocol ports to credential attacks and exploits of the broker software; message brokers are internal plumbing and rarely need it.",
        HowToFix: "Set `publicly_accessible = false` and place the broker in private subnets with security groups for its clients.",
        Example: """
            ```hcl
            resource "aws_mq_broker" "orders" {
              publicly_accessible = false
              subnet_ids          = var.private_subnet_ids
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "mq"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-284",
        EquivalentIds: ["trivy:AVD-AWS-0072", "tfsec:aws-mq-no-public-access", "checkov:CKV_AWS_69"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_mq_broker"];

    protected override IReadOnlyList<string> Attributes { get; } = ["publicly_accessible"];

    protected override bool SafeValue => false;

    protected override bool DefaultValue => false;

    protected override string Problem => "is publicly accessible";
}
