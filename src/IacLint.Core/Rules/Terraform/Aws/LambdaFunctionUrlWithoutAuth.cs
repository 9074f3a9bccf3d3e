using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1143: a Lambda function URL can be invoked by anyone on the internet.</summary>
public sealed class LambdaFunctionUrlWithoutAuth : SettingRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1143",
        Name: "aws-lambda-function-url-without-auth",
        Title: "Lambda function URL requires no authentication",
        Description: "An `aws_lambda_function_url` has `authorization_type = \"NONE\"`: the function has a public HTTPS endpoint that anyone can call.",
        Why: "Anyone who finds the URL can invoke the function: its data, its IAM role's permissions and your bill are exposed, with no throttling per caller unless the function implements it.",
        HowToFix: "Use `authorization_type = \"AWS_IAM\"` and sign requests, or put the function behind API Gateway or CloudFront with authentication. If it is meant to be public, authenticate inside the function and suppress this finding with the reason.",
        Example: """
            ```hcl
            resource "aws_lambda_function_url" "api" {
              function_name      = aws_lambda_function.api.function_name
              authorization_type = "AWS_IAM"
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "lambda"],
        Area: AuditArea.Exposure,
        Cwe: "CWE-306",
        EquivalentIds: ["checkov:CKV_AWS_258"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_function_url"];

    protected override IReadOnlyList<string> Attributes { get; } = ["authorization_type"];

    protected override string Problem => "can be invoked by anyone";

    // authorization_type is required: a missing one is a plan error, not a finding.
    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) => value is TfString { Value: "NONE" } ? "= \"NONE\"" : null;
}
