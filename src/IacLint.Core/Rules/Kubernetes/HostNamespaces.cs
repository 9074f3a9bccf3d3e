using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4007: a pod shares the node's network, process or IPC namespace.</summary>
public sealed class HostNamespaces : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4007", Name: "k8s-host-namespaces", Title: "Pod shares the host's network, PID or IPC namespace",
        Description: "A pod spec sets `hostNetwork`, `hostPID` or `hostIPC` to true.",
        Why: "Sharing the node's namespaces lets the pod see and reach every process, socket and shared memory segment on the node, bypassing network policies.",
        HowToFix: "Remove the setting; expose ports through a Service, and use a DaemonSet with narrow capabilities for node agents that truly need it.",
        Example: "```yaml\nspec:\n  hostNetwork: false\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 8.0, Tags: ["security", "kubernetes", "isolation"], Cwe: "CWE-668",
        EquivalentIds: ["polaris:hostNetworkSet", "polaris:hostPIDSet", "polaris:hostIPCSet", "kube-linter:host-network", "kube-linter:host-pid", "kube-linter:host-ipc",
            "checkov:CKV_K8S_19", "checkov:CKV_K8S_17", "checkov:CKV_K8S_18", "trivy:KSV009", "trivy:KSV010", "trivy:KSV008"],
            Area: AuditArea.Access,
        Precision: Precision.VeryHigh);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects)
        {
            if (obj.PodSpec is not { } pod) continue;
            foreach (var field in new[] { "hostNetwork", "hostPID", "hostIPC" })
            {
                var value = pod.Node.Find(field);
                if (Container.IsTrue(value)) yield return Report(obj, value!.Value, $"{obj.Kind} {obj.Name} sets {field}: true.");
            }
        }
    }
}
