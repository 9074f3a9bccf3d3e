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
        var optedOutAccounts = context.Objects
            .Where(o => o.Kind == "ServiceAccount" && Container.IsFalse(o.Root.Find("automountServiceAccountToken")))
            .Select(o => (o.Namespace, o.Name)).ToHashSet();
        foreach (var obj in context.Objects)
        {
            if (obj.PodSpec is not { } pod) continue;
            var setting = pod.Node.Find("automountServiceAccountToken");
            if (Container.IsFalse(setting)) continue;
            var account = KubernetesObject.Text(pod.Get("serviceAccountName")) ?? "default";
            if (setting is null && optedOutAccounts.Contains((obj.Namespace, account))) continue;
            yield return Report(obj, setting?.Value ?? obj.LocationNode, $"{obj.Kind} {obj.Name} mounts a service account token.");
        }
    }
}
