using IacLint.AppConfig;
using IacLint.Findings;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1142: a Lambda function has a hard-coded secret in its environment variables.</summary>
public sealed class LambdaEnvironmentSecret : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1142",
        Name: "aws-lambda-environment-secret",
        Title: "Lambda function has a secret in its environment variables",
        Description: "An `aws_lambda_function`'s `environment.variables` has a variable whose name says it holds a credential (`…PASSWORD`, `…SECRET`, `…TOKEN`, `…API_KEY`, …) set to a literal value written in the configuration (directly, through a local or a variable default or tfvars). The finding names the variable, never its value.",
        Why: "The value is committed to the repository, stored in the Terraform state and returned in plaintext by `GetFunctionConfiguration` to anyone with read access to the function; rotating it means a code change.",
        HowToFix: "Store the secret in Secrets Manager or SSM Parameter Store, pass its ARN or name in the environment, and read it at start-up (or use the Parameters and Secrets Lambda extension).",
        Example: """
            ```hcl
            environment {
              variables = {
                DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "lambda"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        RelatedIds: ["checkov:CKV_AWS_45"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_function"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var environment in resource.Body.Blocks("environment"))
        {
            if (environment.Attribute("variables") is not { } variables) continue;
            if (variables.Value is TfUnknown)
            {
                yield return CouldNotEvaluate(resource, variables, "environment.variables", variables.Value);
                continue;
            }
            if (variables.Value is not TfObject map) continue;
            var secrets = map.Attributes.Where(p => SecretDetection.IsSecretKey(p.Key) && p.Value is TfString text && !SecretDetection.IsPlaceholder(text.Value))
                .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            if (secrets.Count == 0) continue;
            // Written as a map literal: each finding points at its own variable; otherwise one finding names them all.
            var items = (variables.Syntax.Value as HclObject)?.Items;
            foreach (var name in secrets)
            {
                var item = items?.FirstOrDefault(i => i.Key is HclVariable v ? v.Name == name : i.Key is HclTemplate t && t.IsStringLiteral && t.LiteralValue == name);
                if (item is null) break;
                yield return Report(resource, new Location(variables.Location.Path, item.Value.Span), map.Attributes[name].Origin,
                    $"{resource.Address} has a secret in its environment variables: {name}.");
                secrets = [.. secrets.Where(s => s != name)];
            }
            if (secrets.Count > 0)
            {
                yield return Report(resource, variables, $"{resource.Address} has a secret in its environment variables: {string.Join(", ", secrets)}.");
            }
        }
    }
}
