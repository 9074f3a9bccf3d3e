using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4013: a pod gets a Kubernetes API token it probably does not need.</summary>
public sealed class ServiceAccountTokenAutomounted : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4013", Name: "k8s-service-account-token-automounted", Title: "Service account token is mounted automatically",
        Description: "A pod spec does not set `automountServiceAccountToken: false`, so a token for the Kubernetes API is mounted into every container.",
        Why: "Most applications never call the Kubernetes API; a mounted token turns any code execution in the pod into API access with the service account's rights.",
        HowToFix: "Set `automountServiceAccountToken: false` on the pod (or its service account), and mount a projected token only where the API is used.",
        Example: "```yaml\nspec:\n  automountServiceAccountToken: false\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 5.0, Tags: ["security", "kubernetes", "least-privilege"], Cwe: "CWE-269",
        EquivalentIds: ["polaris:automountServiceAccountToken", "checkov:CKV_K8S_38", "trivy:KSV036"],
        Area: AuditArea.Access,
        Precision: Precision.Medium);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        var accounts = context.Objects.Where(o => o.Kind == "ServiceAccount").ToLookup(o => (o.Namespace, o.Name));
        foreach (var obj in context.Objects)
        {
            if (obj.PodSpec is not { } pod) continue;
            var setting = pod.Node.Find("automountServiceAccountToken");
            if (Container.IsFalse(setting)) continue;
            var account = KubernetesObject.Text(pod.Get("serviceAccountName")) ?? "default";
            if (setting is null && OptedOut(obj, accounts[(obj.Namespace, account)])) continue;
            yield return Report(obj, setting?.Value ?? obj.LocationNode, $"{obj.Kind} {obj.Name} mounts a service account token.");
        }
    }

    /// <summary>Whether the pod's service account turns automounting off. When the scan holds several accounts of that
    /// name (fixtures, per-environment copies), the one in the pod's own file decides, else those of its environment,
    /// and only if all of them opt out: one opted-out copy elsewhere must not silence a pod whose account mounts.</summary>
    private static bool OptedOut(KubernetesObject pod, IEnumerable<KubernetesObject> accounts)
    {
        var sameEnvironment = accounts.Where(a => a.Environment == pod.Environment).ToList();
        var sameFile = sameEnvironment.Where(a => a.Source.Path == pod.Source.Path).ToList();
        var deciding = sameFile.Count > 0 ? sameFile : sameEnvironment;
        return deciding.Count > 0 && deciding.All(a => Container.IsFalse(a.Root.Find("automountServiceAccountToken")));
    }
}
