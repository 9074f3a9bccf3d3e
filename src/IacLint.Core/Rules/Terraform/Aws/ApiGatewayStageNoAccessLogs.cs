using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1067: aPI Gateway stage has no access logging.</summary>
public sealed class ApiGatewayStageNoAccessLogs : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1067",
        Name: "aws-apigateway-stage-no-access-logs",
        Title: "API Gateway stage has no access logging",
        Description: "An `aws_api_gateway_stage` (REST) or `aws_apigatewayv2_stage` (HTTP/WebSocket) has no `access_log_settings` block with a `destination_arn`.",
        Why: "Access logs record who called which route with which result; without them abuse of the API (credential stuffing, scraping, exploitation attempts) leaves no trace.",
        HowToFix: "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn format = jsonencode({...}) }`.",
        Example: """
            ```hcl
            access_log_settings {
              destination_arn = aws_cloudwatch_log_group.api.arn
              format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "apigateway"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_76", "checkov:CKV_AWS_95", "trivy:AVD-AWS-0001", "tfsec:aws-apigateway-enable-access-logging"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_api_gateway_stage", "aws_apigatewayv2_stage"];

    protected override IReadOnlyList<string> BlockPath { get; } = ["access_log_settings"];

    protected override string Attribute => "destination_arn";

    protected override bool IsSafe(TfValue value) => value is not TfString { Value: "" };

    protected override bool ReferenceIsSafe => true;

    protected override string UnsetMeaning => "requests are not logged";

    protected override string Problem => "has no access logging";
}
