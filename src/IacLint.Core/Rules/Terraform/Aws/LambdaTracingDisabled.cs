using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1140: a Lambda function does not send traces to X-Ray.</summary>
public sealed class LambdaTracingDisabled : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1140",
        Name: "aws-lambda-tracing-disabled",
        Title: "Lambda function has X-Ray tracing off",
        Description: "An `aws_lambda_function` has no `tracing_config`, or one whose `mode` is not `Active` (the default is `PassThrough`: traced only when the caller already sampled the request).",
        Why: "Without active tracing, slow or failing invocations cannot be followed through the services they call, and unusual call patterns (an abused function calling out) are invisible.",
        HowToFix: "Add `tracing_config { mode = \"Active\" }` and allow the role `xray:PutTraceSegments` (the `AWSXRayDaemonWriteAccess` policy).",
        Example: """
            ```hcl
            resource "aws_lambda_function" "api" {
              tracing_config {
                mode = "Active"
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.0,
        Tags: ["security", "monitoring", "terraform", "aws", "lambda"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0066", "tfsec:aws-lambda-enable-tracing", "checkov:CKV_AWS_50"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_function"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["tracing_config"];

    protected override IReadOnlyList<string> Attributes { get; } = ["mode"];

    protected override string Problem => "does not trace invocations";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default \"PassThrough\")";

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "Active" } ? null : $"= {Quote(value)}";
}
