using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1070: aPI Gateway method has no authorization.</summary>
public sealed class ApiGatewayMethodNoAuthorization : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1070",
        Name: "aws-apigateway-method-no-authorization",
        Title: "API Gateway method has no authorization",
        Description: "An `aws_api_gateway_method` has `authorization = \"NONE\"` and does not require an API key (`api_key_required`). `OPTIONS` methods (CORS preflight) are exempt.",
        Why: "Anyone on the internet can call the method; unless the backend checks callers itself, that is unauthenticated access to whatever the method does.",
        HowToFix: "Use `authorization = \"AWS_IAM\"`, `\"COGNITO_USER_POOLS\"` or `\"CUSTOM\"` (a Lambda authorizer), or at least `api_key_required = true` with usage plans.",
        Example: """
            ```hcl
            resource "aws_api_gateway_method" "get_order" {
              rest_api_id   = aws_api_gateway_rest_api.api.id
              resource_id   = aws_api_gateway_resource.order.id
              http_method   = "GET"
              authorization = "COGNITO_USER_POOLS"
              authorizer_id = aws_api_gateway_authorizer.users.id
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "apigateway"],
        Area: AuditArea.Access,
        Cwe: "CWE-306",
        EquivalentIds: ["checkov:CKV_AWS_59", "trivy:AVD-AWS-0004", "tfsec:aws-apigateway-no-public-access"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_api_gateway_method"];

    protected override IEnumerable<Finding> Check(ResourceInstance method, TerraformConfiguration configuration)
    {
        if (method.Body.Attribute("http_method")?.Value is TfString { Value: "OPTIONS" or "OPTION" }) yield break;
        if (IsTrue(method.Body.Attribute("api_key_required")?.Value)) yield break;
        var authorization = method.Body.Attribute("authorization");
        if (authorization is null) yield break;
        if (!authorization.Value.IsKnown) yield return CouldNotEvaluate(method, authorization, "authorization", authorization.Value);
        else if (authorization.Value is TfString { Value: "NONE" }) yield return Report(method, authorization, $"{method.Address} can be called without any authorization or API key.");
    }
}
