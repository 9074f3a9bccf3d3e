using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1069: aPI Gateway stage has X-Ray tracing off.</summary>
public sealed class ApiGatewayNoTracing : ExpectedBoolRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1069",
        Name: "aws-apigateway-no-xray-tracing",
        Title: "API Gateway stage has X-Ray tracing off",
        Description: "An `aws_api_gateway_stage` has `xray_tracing_enabled` false or unset (the default is false).",
        Why: "Traces show how a request travelled through the API and its backends; during an incident they tell which calls an attacker made and where latency or errors come from.",
        HowToFix: "Set `xray_tracing_enabled = true`.",
        Example: """
            ```hcl
            resource "aws_api_gateway_stage" "prod" {
              stage_name           = "prod"
              xray_tracing_enabled = true
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 2.0,
        Tags: ["security", "terraform", "aws", "apigateway"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["checkov:CKV_AWS_73", "trivy:AVD-AWS-0003", "tfsec:aws-apigateway-enable-tracing"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_api_gateway_stage"];

    protected override IReadOnlyList<string> Attributes { get; } = ["xray_tracing_enabled"];

    protected override bool SafeValue => true;

    protected override bool DefaultValue => false;

    protected override string Problem => "has X-Ray tracing off";
}
