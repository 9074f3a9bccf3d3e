using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4002: a container's processes may gain more privileges than their parent.</summary>
public sealed class PrivilegeEscalationAllowed : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4002", Name: "k8s-privilege-escalation-allowed", Title: "Container allows privilege escalation",
        Description: "A container does not set `securityContext.allowPrivilegeEscalation: false` (it is true, or unset, which Kubernetes treats as true).",
        Why: "With privilege escalation allowed, setuid binaries and file capabilities let a compromised process become root inside the container, the first step of most escapes.",
        HowToFix: "Set `allowPrivilegeEscalation: false` in every container's securityContext.",
        Example: "```yaml\nsecurityContext:\n  allowPrivilegeEscalation: false\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 6.5, Tags: ["security", "kubernetes", "privilege"], Cwe: "CWE-269",
        EquivalentIds: ["polaris:privilegeEscalationAllowed", "kube-linter:privilege-escalation-container", "checkov:CKV_K8S_20", "trivy:KSV001"],
        Area: AuditArea.Access,
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var setting = container.Setting("allowPrivilegeEscalation", podLevelApplies: false);
        if (Container.IsFalse(setting)) yield break;
        yield return setting is null
            ? Report(obj, container.NameNode, $"The {Describe(obj, container)} does not set allowPrivilegeEscalation: false.")
            : Report(obj, setting.Value, $"The {Describe(obj, container)} allows privilege escalation.");
    }
}
