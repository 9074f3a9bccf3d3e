using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1144: a Lambda permission lets any AWS principal invoke the function.</summary>
public sealed class LambdaPermissionAnyPrincipal : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1144",
        Name: "aws-lambda-permission-any-principal",
        Title: "Lambda permission allows any principal",
        Description: "An `aws_lambda_permission` has `principal = \"*\"` without `source_arn`, `source_account` or `principal_org_id` to narrow it.",
        Why: "Any AWS account (and, with a function URL, anyone) can then invoke the function, reaching its data and its role's permissions.",
        HowToFix: "Name the service or account that invokes the function (`principal = \"events.amazonaws.com\"` with `source_arn`), or restrict with `principal_org_id`.",
        Example: """
            ```hcl
            resource "aws_lambda_permission" "events" {
              action        = "lambda:InvokeFunction"
              function_name = aws_lambda_function.api.function_name
              principal     = "events.amazonaws.com"
              source_arn    = aws_cloudwatch_event_rule.nightly.arn
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "lambda"],
        Area: AuditArea.Access,
        Cwe: "CWE-732");

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_permission"];

    protected override IReadOnlyList<string> Attributes { get; } = ["principal"];

    protected override string Problem => "lets any principal invoke the function";

    protected override bool Applies(ResourceInstance resource) =>
        new[] { "source_arn", "source_account", "principal_org_id" }.All(n => resource.Body.Attribute(n)?.Value is null or TfNull);

    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "*" } ? "= \"*\"" : null;
}
