using IacLint.Environments;
using IacLint.Findings;
using IacLint.Terragrunt;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Terragrunt;

/// <summary>IAC3053: a production input depends on an environment variable that has no default.</summary>
public sealed class EnvironmentVariableWithoutDefault : UnitRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3053",
        Name: "terragrunt-get-env-without-default-in-production",
        Title: "Production input from get_env without a default",
        Description: "An input of a production Terragrunt unit (directly, or through a local) comes from `get_env(\"NAME\")` with no default value.",
        Why: "When the variable is not set on the machine that runs Terragrunt (a new CI runner, a laptop), Terragrunt passes an empty string: production is planned with an empty name, password or CIDR, and the plan may replace resources.",
        HowToFix: "Give a safe default (`get_env(\"NAME\", \"value\")`), read the value from a file or a secret store, or fail loudly with a validated Terraform variable.",
        Example: """
            ```hcl
            inputs = {
              instance_class = get_env("DB_INSTANCE_CLASS", "db.t3.medium")
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "terragrunt", "production"],
        Area: AuditArea.Config,
        Cwe: "CWE-1188",
        EquivalentIds: [],
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(TerragruntUnit unit)
    {
        if (unit.Environment != EnvironmentNames.Production) yield break;
        foreach (var input in unit.Inputs.Values.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (FromEnvironment(input.Value) is not { } reason) continue;
            var variable = reason[TerragruntFunctions.EnvironmentVariableWithoutDefault.Length..].Split('"')[0];
            yield return Report(unit, input.Location, $"Production input {input.Name} comes from get_env(\"{variable}\") without a default: an unset variable deploys an empty value.");
        }
    }

    private static string? FromEnvironment(TfValue value) => value switch
    {
        TfUnknown u when u.Reason.StartsWith(TerragruntFunctions.EnvironmentVariableWithoutDefault, StringComparison.Ordinal) => u.Reason,
        TfList l => l.Items.Select(FromEnvironment).FirstOrDefault(r => r is not null),
        TfObject o => o.Attributes.Values.Select(FromEnvironment).FirstOrDefault(r => r is not null),
        _ => null,
    };
}
