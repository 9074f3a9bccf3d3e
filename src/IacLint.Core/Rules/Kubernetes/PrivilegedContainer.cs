using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4001: a container runs privileged.</summary>
public sealed class PrivilegedContainer : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4001", Name: "k8s-privileged-container", Title: "Container runs privileged",
        Description: "A container sets `securityContext.privileged: true`.",
        Why: "A privileged container has every capability and access to the host's devices: escaping to the node is trivial, and from the node to the cluster.",
        HowToFix: "Remove `privileged: true`; grant the specific capability the workload needs, if any.",
        Example: "```yaml\nsecurityContext:\n  privileged: false\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 9.0, Tags: ["security", "kubernetes", "privilege"], Cwe: "CWE-250",
        EquivalentIds: ["polaris:runAsPrivileged", "kube-linter:privileged-container", "checkov:CKV_K8S_16", "trivy:KSV017", "kube-score:container-security-context-privileged"],
        Area: AuditArea.Access,
        Precision: Precision.VeryHigh);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var privileged = container.Setting("privileged", podLevelApplies: false);
        if (Container.IsTrue(privileged)) yield return Report(obj, privileged!.Value, $"The {Describe(obj, container)} runs privileged.");
    }
}
