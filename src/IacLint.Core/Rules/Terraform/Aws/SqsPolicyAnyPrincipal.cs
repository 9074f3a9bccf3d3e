using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1172: an SQS queue policy grants access to anyone.</summary>
public sealed class SqsPolicyAnyPrincipal : ResourcePolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1172",
        Name: "aws-sqs-policy-any-principal",
        Title: "SQS queue policy allows any principal",
        Description: "The `policy` of an `aws_sqs_queue_policy` or `aws_sqs_queue` has an Allow statement whose principal is `*` without a condition (such as `aws:SourceArn` or `aws:PrincipalOrgID`) that narrows it.",
        Why: "Every AWS account can then send messages into the queue (injecting work for its consumers) or receive and delete them, depending on the actions.",
        HowToFix: "Name the service or account (`sns.amazonaws.com` with an `aws:SourceArn` condition, an account root ARN), or add a condition restricting the caller.",
        Example: """
            ```hcl
            statement {
              actions   = ["sqs:SendMessage"]
              resources = [aws_sqs_queue.orders.arn]
              principals {
                type        = "Service"
                identifiers = ["sns.amazonaws.com"]
              }
              condition {
                test     = "ArnEquals"
                variable = "aws:SourceArn"
                values   = [aws_sns_topic.orders.arn]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "sqs"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        RelatedIds: ["checkov:CKV_AWS_168"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sqs_queue_policy", "aws_sqs_queue"];

    protected override string Problem => "has a queue policy that allows any principal (\"*\") without a condition";

    internal override bool IsOpen(PolicyStatement statement) => statement.OpenToAnyone;
}
