using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1071: aPI Gateway custom domain allows TLS 1.0.</summary>
public sealed class ApiGatewayDomainOutdatedTls : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1071",
        Name: "aws-apigateway-domain-outdated-tls",
        Title: "API Gateway custom domain allows TLS 1.0",
        Description: "An `aws_api_gateway_domain_name` sets `security_policy = \"TLS_1_0\"` (or another policy below TLS 1.2), or leaves it unset so that the API Gateway default applies.",
        Why: "TLS 1.0 is deprecated (RFC 8996) and forbidden by PCI DSS; a custom domain that accepts it lets clients negotiate weak connections.",
        HowToFix: "Set `security_policy = \"TLS_1_2\"` (or a `SecurityPolicy_TLS13_*` policy).",
        Example: """
            ```hcl
            resource "aws_api_gateway_domain_name" "api" {
              domain_name              = "api.example.com"
              regional_certificate_arn = aws_acm_certificate.api.arn
              security_policy          = "TLS_1_2"
              endpoint_configuration {
                types = ["REGIONAL"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "apigateway"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["checkov:CKV_AWS_206", "trivy:AVD-AWS-0005", "tfsec:aws-apigateway-use-secure-tls-policy"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_api_gateway_domain_name"];

    protected override string Attribute => "security_policy";

    protected override bool IsSafe(TfValue value) =>
        value is TfString s && (s.Value == "TLS_1_2" || s.Value.StartsWith("SecurityPolicy_TLS12", StringComparison.Ordinal) || s.Value.StartsWith("SecurityPolicy_TLS13", StringComparison.Ordinal));

    protected override string UnsetMeaning => "the API Gateway default, TLS_1_0 for older domains";

    protected override string Problem => "allows TLS versions older than 1.2";
}
