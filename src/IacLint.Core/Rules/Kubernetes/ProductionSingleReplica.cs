using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4019: a production Deployment or StatefulSet runs a single replica.</summary>
public sealed class ProductionSingleReplica : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4019", Name: "k8s-production-single-replica", Title: "Production workload with fewer than 2 replicas",
        Description: "In a production manifest (a path with `production`/`prod`/…), a Deployment or StatefulSet sets `replicas` below 2 or leaves it unset (1).",
        Why: "One replica means every deployment, node drain or crash is an outage.",
        HowToFix: "Run at least 2 replicas (3 across zones for important services), with a PodDisruptionBudget.",
        Example: "```yaml\nspec:\n  replicas: 3\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: null, Tags: ["reliability", "kubernetes", "production"],
        Area: AuditArea.Config,
        EquivalentIds: ["polaris:deploymentMissingReplicas", "kube-linter:minimum-three-replicas"],
        Precision: Precision.High);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects.Where(o => o.Kind is "Deployment" or "StatefulSet" && o.Environment == EnvironmentNames.Production))
        {
            var replicas = KubernetesObject.Path(obj.Root, "spec", "replicas");
            if (replicas is DataScalar { Kind: ScalarKind.Number, Text: { } text } && int.TryParse(text, out var count) && count >= 2) continue;
            yield return Report(obj, replicas ?? obj.LocationNode, $"{obj.Kind} {obj.Name} runs {(replicas is null ? "1 replica (replicas unset)" : $"{KubernetesObject.Text(replicas)} replica(s)")} in production.");
        }
    }
}
