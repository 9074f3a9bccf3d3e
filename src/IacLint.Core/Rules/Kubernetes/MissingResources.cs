using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4010: a container has no CPU or memory requests or limits.</summary>
public sealed class MissingResources : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4010", Name: "k8s-missing-resources", Title: "Container without CPU or memory requests and limits",
        Description: "A container does not set `resources.requests.cpu`, `resources.requests.memory`, `resources.limits.cpu` or `resources.limits.memory` (the finding lists which).",
        Why: "Without requests the scheduler packs pods blindly and they are evicted first under pressure; without limits one runaway container starves its neighbours or the node.",
        HowToFix: "Set requests from observed usage and limits from what the container may use at most (memory limits at least).",
        Example: "```yaml\nresources:\n  requests: { cpu: 100m, memory: 256Mi }\n  limits: { cpu: 500m, memory: 256Mi }\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: null, Tags: ["reliability", "kubernetes", "resources"],
        Area: AuditArea.Config,
        EquivalentIds: ["polaris:cpuRequestsMissing", "polaris:cpuLimitsMissing", "polaris:memoryRequestsMissing", "polaris:memoryLimitsMissing",
            "kube-linter:unset-cpu-requirements", "kube-linter:unset-memory-requirements", "checkov:CKV_K8S_10", "checkov:CKV_K8S_11", "checkov:CKV_K8S_12", "checkov:CKV_K8S_13",
            "trivy:KSV011", "trivy:KSV015", "trivy:KSV016", "trivy:KSV018", "kube-score:container-resources"],
        Precision: Precision.VeryHigh);

    protected override bool IncludeInitContainers => false;

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var resources = container.Node.Find("resources")?.Value;
        var missing = new List<string>();
        foreach (var (section, resource) in new[] { ("requests", "cpu"), ("requests", "memory"), ("limits", "cpu"), ("limits", "memory") })
        {
            if (KubernetesObject.Path(resources, section, resource) is null) missing.Add($"{section}.{resource}");
        }
        if (missing.Count > 0)
        {
            yield return Report(obj, container.NameNode, $"The {Describe(obj, container)} does not set {string.Join(", ", missing)}.");
        }
    }
}
