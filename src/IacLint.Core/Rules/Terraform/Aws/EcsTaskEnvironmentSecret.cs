using IacLint.AppConfig;
using IacLint.Findings;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1127: an ECS container definition carries a secret as a plain environment variable.</summary>
public sealed class EcsTaskEnvironmentSecret : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1127",
        Name: "aws-ecs-task-environment-secret",
        Title: "ECS task definition has a secret in a plain environment variable",
        Description: "A container in an `aws_ecs_task_definition`'s `container_definitions` has an `environment` entry whose name says it holds a credential (`…PASSWORD`, `…SECRET`, `…TOKEN`, `…API_KEY`, …) with a literal value. The finding names the variable, never its value.",
        Why: "Environment values of a task definition are stored in plaintext in every revision, shown in the console and returned by `DescribeTaskDefinition` to anyone with read access, and the value sits in the Terraform state and repository.",
        HowToFix: "Move the value to Secrets Manager or SSM Parameter Store and reference it under `secrets` (`{ name = \"DB_PASSWORD\", valueFrom = aws_secretsmanager_secret.db.arn }`).",
        Example: """
            ```hcl
            container_definitions = jsonencode([{
              name    = "api"
              secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
            }])
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "ecs"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        EquivalentIds: ["trivy:AVD-AWS-0036", "tfsec:aws-ecs-no-plaintext-secrets"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ecs_task_definition"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("container_definitions") is not { } definitions) yield break;
        if (!definitions.Value.IsWhollyKnown)
        {
            yield return CouldNotEvaluate(resource, definitions, "container_definitions", definitions.Value);
            yield break;
        }
        if (definitions.Value is not TfString json) yield break;
        TfValue containers;
        try
        {
            containers = Encodings.FromJson(json.Value);
        }
        catch (IacLint.Terraform.Evaluation.TfEvaluationException)
        {
            yield break;
        }
        var secrets = new List<string>();
        foreach (var container in TfConvert.Elements(containers)?.OfType<TfObject>() ?? [])
        {
            foreach (var variable in TfConvert.Elements(container.Get("environment") ?? TfValue.Null)?.OfType<TfObject>() ?? [])
            {
                if (variable.Get("name") is not TfString { Value: var name } || !SecretDetection.IsSecretKey(name)) continue;
                if (variable.Get("value") is not TfString { Value: var value } || SecretDetection.IsPlaceholder(value)) continue;
                secrets.Add(container.Get("name") is TfString { Value: var containerName } ? $"{name} of container \"{containerName}\"" : name);
            }
        }
        if (secrets.Count > 0)
        {
            yield return Report(resource, definitions, $"{resource.Address} has secrets in plain environment variables: {string.Join(", ", secrets)}.");
        }
    }
}
