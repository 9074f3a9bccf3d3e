using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1165: an SQS queue policy allows every action.</summary>
public sealed class SqsPolicyWildcardActions : ResourcePolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1165",
        Name: "aws-sqs-policy-wildcard-actions",
        Title: "SQS queue policy allows all actions",
        Description: "The `policy` of an `aws_sqs_queue_policy` or `aws_sqs_queue` has an Allow statement with action `*` or `sqs:*` (JSON, `jsonencode` or a policy document data source).",
        Why: "Whoever the statement names can then not only send and receive but purge and delete the queue and change its policy: a producer that only needs `sqs:SendMessage` gets full control.",
        HowToFix: "List the actions each principal needs, e.g. `sqs:SendMessage` for producers and `sqs:ReceiveMessage`, `sqs:DeleteMessage` for consumers.",
        Example: """
            ```hcl
            statement {
              actions   = ["sqs:SendMessage"]
              resources = [aws_sqs_queue.orders.arn]
              principals {
                type        = "Service"
                identifiers = ["sns.amazonaws.com"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "sqs"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        EquivalentIds: ["trivy:AVD-AWS-0097", "tfsec:aws-sqs-no-wildcards-in-policy-documents", "checkov:CKV_AWS_72"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sqs_queue_policy", "aws_sqs_queue"];

    protected override string Problem => "has a queue policy that allows all actions (\"*\" or \"sqs:*\")";

    internal override bool IsOpen(PolicyStatement statement) =>
        statement.Allows && statement.Actions.Any(a => a == "*" || a.Equals("sqs:*", StringComparison.OrdinalIgnoreCase));
}
