using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4020: a replicated production workload has no PodDisruptionBudget.</summary>
public sealed class ProductionMissingDisruptionBudget : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4020", Name: "k8s-production-missing-pdb", Title: "Production workload without a PodDisruptionBudget",
        Description: "In production, a Deployment or StatefulSet with 2 or more replicas has no PodDisruptionBudget in its namespace whose selector matches its pod labels.",
        Why: "Without a PDB a node drain or cluster upgrade may evict every replica at once.",
        HowToFix: "Add a PodDisruptionBudget with `minAvailable` or `maxUnavailable` selecting the workload's pods.",
        Example: "```yaml\napiVersion: policy/v1\nkind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: { app: orders }\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: null, Tags: ["reliability", "kubernetes", "production"],
        Area: AuditArea.Config,
        EquivalentIds: ["polaris:missingPodDisruptionBudget"],
        Precision: Precision.High);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        var budgets = context.Objects.Where(o => o.Kind == "PodDisruptionBudget").ToList();
        foreach (var obj in context.Objects.Where(o => o.Kind is "Deployment" or "StatefulSet" && o.Environment == EnvironmentNames.Production))
        {
            var replicas = KubernetesObject.Path(obj.Root, "spec", "replicas");
            if (replicas is not DataScalar { Kind: ScalarKind.Number, Text: { } text } || !int.TryParse(text, out var count) || count < 2) continue;
            var labels = Labels(KubernetesObject.Path(obj.Root, "spec", "template", "metadata", "labels"));
            var covered = budgets.Any(b => b.Namespace == obj.Namespace &&
                Labels(KubernetesObject.Path(b.Root, "spec", "selector", "matchLabels")) is { Count: > 0 } selector &&
                selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value));
            if (!covered) yield return Report(obj, obj.LocationNode, $"{obj.Kind} {obj.Name} has {count} replicas in production but no PodDisruptionBudget selects its pods.");
        }
    }

    private static Dictionary<string, string> Labels(DataNode? node) =>
        node is DataObject obj
            ? obj.Properties.Where(p => p.Value is DataScalar).ToDictionary(p => p.Name, p => KubernetesObject.Text(p.Value) ?? "", StringComparer.Ordinal)
            : [];
}
