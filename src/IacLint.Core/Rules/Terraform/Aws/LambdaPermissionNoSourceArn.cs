using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1145: a Lambda permission for an AWS service does not say which resource of that service.</summary>
public sealed class LambdaPermissionNoSourceArn : RequiredSettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1145",
        Name: "aws-lambda-permission-no-source-arn",
        Title: "Lambda permission for a service has no source ARN",
        Description: "An `aws_lambda_permission` whose `principal` is an AWS service (`….amazonaws.com`) has no `source_arn`.",
        Why: "Without `source_arn`, any resource of that service, in any account, can invoke the function (the confused-deputy problem): someone else's SNS topic or S3 bucket can trigger it with crafted events.",
        HowToFix: "Set `source_arn` to the topic, bucket, rule or API that should invoke the function (and `source_account` for S3).",
        Example: """
            ```hcl
            resource "aws_lambda_permission" "sns" {
              principal  = "sns.amazonaws.com"
              source_arn = aws_sns_topic.orders.arn
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "aws", "lambda"],
        Area: AuditArea.Access,
        Cwe: "CWE-441",
        EquivalentIds: ["trivy:AVD-AWS-0067", "tfsec:aws-lambda-restrict-source-arn"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_permission"];

    protected override IReadOnlyList<string> Attributes { get; } = ["source_arn"];

    protected override string Problem => "lets any resource of the service invoke the function";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("principal")?.Value is TfString { Value: var principal } && principal.EndsWith(".amazonaws.com", StringComparison.Ordinal);
}
