using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1173: an SNS topic policy grants access to anyone.</summary>
public sealed class SnsTopicPolicyAnyPrincipal : ResourcePolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1173",
        Name: "aws-sns-topic-policy-any-principal",
        Title: "SNS topic policy allows any principal",
        Description: "The `policy` of an `aws_sns_topic_policy` or `aws_sns_topic` has an Allow statement whose principal is `*` without a condition (such as `aws:SourceOwner` or `aws:PrincipalOrgID`) that narrows it.",
        Why: "Every AWS account can then publish to the topic (spoofing events or alerts to all subscribers) or subscribe to it and receive every message, depending on the actions.",
        HowToFix: "Name the publishing services or accounts, or add a condition such as `aws:SourceAccount` or `aws:PrincipalOrgID`.",
        Example: """
            ```hcl
            statement {
              actions   = ["sns:Publish"]
              resources = [aws_sns_topic.alerts.arn]
              principals {
                type        = "Service"
                identifiers = ["cloudwatch.amazonaws.com"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "sns"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        RelatedIds: ["checkov:CKV_AWS_169"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_sns_topic_policy", "aws_sns_topic"];

    protected override string Problem => "has a topic policy that allows any principal (\"*\") without a condition";

    internal override bool IsOpen(PolicyStatement statement) => statement.OpenToAnyone;
}
