using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4021: production workloads run in a namespace without any NetworkPolicy.</summary>
public sealed class ProductionMissingNetworkPolicy : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4021", Name: "k8s-production-missing-network-policy", Title: "Production namespace without a NetworkPolicy",
        Description: "In production, a namespace has workloads but no NetworkPolicy in the same manifests, so every pod accepts traffic from every other pod in the cluster.",
        Why: "Without network policies one compromised pod can reach every database and internal API in the cluster.",
        HowToFix: "Add a default-deny NetworkPolicy for the namespace and allow the flows each workload needs.",
        Example: "```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 5.5, Tags: ["security", "kubernetes", "network", "production"], Cwe: "CWE-923",
        EquivalentIds: ["polaris:missingNetworkPolicy", "kube-linter:non-isolated-pod"],
        Area: AuditArea.Exposure,
        Precision: Precision.Medium);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        var withPolicy = context.Objects.Where(o => o.Kind == "NetworkPolicy").Select(o => o.Namespace).ToHashSet(StringComparer.Ordinal);
        foreach (var group in context.Objects.Where(o => o.IsWorkload && o.Environment == EnvironmentNames.Production).GroupBy(o => o.Namespace))
        {
            if (withPolicy.Contains(group.Key)) continue;
            var first = group.First();
            yield return Report(first, first.LocationNode, $"Namespace {group.Key} has production workloads ({string.Join(", ", group.Select(o => o.Name).Distinct().Take(5))}) but no NetworkPolicy.");
        }
    }
}
