using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4008: a pod mounts a sensitive path of the node.</summary>
public sealed class SensitiveHostPath : KubernetesRule
{
    private static readonly string[] Sensitive =
    [
        "/", "/etc", "/proc", "/sys", "/root", "/boot", "/dev", "/var/lib/kubelet", "/var/lib/docker", "/var/run", "/run",
        "/var/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/containerd/containerd.sock", "/var/run/crio/crio.sock", "/etc/kubernetes",
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4008", Name: "k8s-sensitive-host-path", Title: "Pod mounts a sensitive host path",
        Description: "A `hostPath` volume mounts `/`, `/etc`, `/proc`, `/sys`, `/root`, `/dev`, the kubelet's or container runtime's state, or a container runtime socket (docker, containerd, CRI-O).",
        Why: "These paths expose node credentials, kernel interfaces or the container runtime itself; the runtime socket alone lets a pod start privileged containers on the node.",
        HowToFix: "Use a ConfigMap, Secret, emptyDir or a CSI volume instead; node agents that need the runtime should use its API with narrow credentials.",
        Example: "```yaml\nvolumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock   # reported\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 8.5, Tags: ["security", "kubernetes", "isolation"], Cwe: "CWE-668",
        EquivalentIds: ["polaris:hostPathSet", "kube-linter:sensitive-host-mounts", "kube-linter:docker-sock", "checkov:CKV_K8S_27", "trivy:KSV023"],
        Area: AuditArea.Access,
        Precision: Precision.High);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects)
        {
            if (obj.PodSpec?.Get("volumes") is not DataArray volumes) continue;
            foreach (var volume in volumes.Items.OfType<DataObject>())
            {
                if (KubernetesObject.Path(volume, "hostPath", "path") is not DataScalar path || path.Text is null) continue;
                var normalized = path.Text.Length > 1 ? path.Text.TrimEnd('/') : path.Text;
                if (Sensitive.Contains(normalized, StringComparer.Ordinal))
                {
                    yield return Report(obj, path, $"{obj.Kind} {obj.Name} mounts the host path {path.Text}.");
                }
            }
        }
    }
}
