using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4004: a container can write to its root filesystem.</summary>
public sealed class WritableRootFilesystem : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4004", Name: "k8s-writable-root-filesystem", Title: "Container root filesystem is writable",
        Description: "A container does not set `securityContext.readOnlyRootFilesystem: true`.",
        Why: "A writable root filesystem lets an attacker drop tools and persist changes to binaries; read-only images make tampering visible and short-lived.",
        HowToFix: "Set `readOnlyRootFilesystem: true` and mount `emptyDir` volumes where the application must write (e.g. /tmp).",
        Example: "```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 4.0, Tags: ["security", "kubernetes", "hardening"], Cwe: "CWE-732",
        EquivalentIds: ["polaris:notReadOnlyRootFilesystem", "kube-linter:no-read-only-root-fs", "checkov:CKV_K8S_22", "trivy:KSV014", "kube-score:container-security-context-readonlyrootfilesystem"],
        Area: AuditArea.Config,
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var setting = container.Setting("readOnlyRootFilesystem", podLevelApplies: false);
        if (Container.IsTrue(setting)) yield break;
        yield return Report(obj, setting?.Value ?? container.NameNode, $"The {Describe(obj, container)} has a writable root filesystem.");
    }
}
