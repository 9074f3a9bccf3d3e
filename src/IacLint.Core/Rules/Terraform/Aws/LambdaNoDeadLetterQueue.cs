using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1141: failed asynchronous invocations of a Lambda function are dropped.</summary>
public sealed class LambdaNoDeadLetterQueue : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1141",
        Name: "aws-lambda-no-dead-letter-queue",
        Title: "Lambda function has no dead-letter queue or failure destination",
        Description: "An `aws_lambda_function` has no `dead_letter_config` with a `target_arn`, and no `aws_lambda_function_event_invoke_config` for it sends failures to an `on_failure` destination.",
        Why: "When an asynchronous invocation (S3, SNS, EventBridge) still fails after its retries, the event is discarded: orders, uploads or notifications are lost without a trace and cannot be replayed.",
        HowToFix: "Add `dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }`, or an `aws_lambda_function_event_invoke_config` with `destination_config { on_failure { destination = ... } }`.",
        Example: """
            ```hcl
            resource "aws_lambda_function" "thumbnails" {
              dead_letter_config {
                target_arn = aws_sqs_queue.thumbnails_dlq.arn
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "lambda"],
        Area: AuditArea.Backup,
        EquivalentIds: ["checkov:CKV_AWS_116"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_function"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var target = resource.Body.Blocks("dead_letter_config").Select(b => b.Get("target_arn")).FirstOrDefault(v => v is not null);
        if (target is not null and not TfNull) yield break;
        if (configuration.OfType("aws_lambda_function_event_invoke_config").Any(c => Names(c.Body.Attribute("function_name")?.Value, resource) &&
                c.Body.Blocks("destination_config").Any(d => d.Blocks("on_failure").Any()))) yield break;
        yield return Report(resource, null, $"{resource.Address} drops failed asynchronous invocations: no dead_letter_config.target_arn and no on_failure destination.");
    }

    private static bool Names(TfValue? reference, ResourceInstance function) => reference switch
    {
        TfUnknown unknown => unknown.RefersTo == function.Address,
        TfString name => function.Body.Attribute("function_name")?.Value is TfString own && (own.Value == name.Value || name.Value.EndsWith(":function:" + own.Value, StringComparison.Ordinal)),
        _ => false,
    };
}
