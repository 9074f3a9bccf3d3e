using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1083: sSM parameter value is sent in an HTTP data source request.</summary>
public sealed class SsmParameterSentOverHttp : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1083",
        Name: "aws-ssm-parameter-sent-over-http",
        Title: "SSM parameter value is sent in an HTTP data source request",
        Description: "The `url`, `request_body` or `request_headers` of a `data \"http\"` refers to the value of an `aws_ssm_parameter` (resource or data source).",
        Why: "The data source runs at plan time from wherever Terraform runs and sends the secret to the URL's server (and its logs, proxies and the plan output); it is a known way to exfiltrate secrets through a malicious module.",
        HowToFix: "Never pass parameter values to `data \"http\"`; let the consumer read the parameter with its own IAM permissions at run time.",
        Example: """
            ```hcl
            resource "aws_ssm_parameter" "db_password" {
              name  = "/app/db_password"
              type  = "SecureString"
              value = var.db_password
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "terraform", "aws", "ssm"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-200",
        EquivalentIds: ["trivy:AVD-AWS-0134", "tfsec:aws-ssm-avoid-leaks-via-http"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = [];

    public override IEnumerable<Finding> Analyze(TerraformConfiguration configuration)
    {
        foreach (var request in configuration.DataOfType("http"))
        {
            foreach (var name in new[] { "url", "request_body", "request_headers" })
            {
                var attribute = request.Body.Attribute(name);
                if (attribute is null) continue;
                // The expression as written: the value itself is sensitive (unknown to the evaluator), its reference is not.
                var text = request.Definition.File.Text[attribute.Syntax.Value.Span.StartOffset..attribute.Syntax.Value.Span.EndOffset];
                if (text.Contains("aws_ssm_parameter.", StringComparison.Ordinal) && text.Contains(".value", StringComparison.Ordinal))
                {
                    yield return Report(request, attribute, $"{request.Address} sends the value of an aws_ssm_parameter in its {name}.");
                }
            }
        }
    }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration) => [];
}
