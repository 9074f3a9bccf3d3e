using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4005: a container adds a capability that amounts to host control.</summary>
public sealed class DangerousCapabilities : ContainerRule
{
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "NETWORK_ADMIN", "BPF", "PERFMON",
    };

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4005", Name: "k8s-dangerous-capabilities", Title: "Container adds dangerous capabilities",
        Description: "A container's `securityContext.capabilities.add` includes ALL, SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH, BPF or PERFMON.",
        Why: "These capabilities give control over the kernel, the network stack or other processes; SYS_ADMIN alone is close to privileged.",
        HowToFix: "Remove the capability, or grant a narrower one (NET_BIND_SERVICE instead of NET_ADMIN).",
        Example: "```yaml\ncapabilities:\n  drop: [\"ALL\"]\n  add: [\"NET_BIND_SERVICE\"]\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 8.0, Tags: ["security", "kubernetes", "privilege"], Cwe: "CWE-250",
        EquivalentIds: ["polaris:dangerousCapabilities", "checkov:CKV_K8S_39", "trivy:KSV005", "trivy:KSV022"],
        Area: AuditArea.Access,
        Precision: Precision.VeryHigh);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        if (KubernetesObject.Path(container.SecurityContext, "capabilities", "add") is not DataArray added) yield break;
        foreach (var capability in added.Items.OfType<DataScalar>())
        {
            var name = capability.Text?.StartsWith("CAP_", StringComparison.OrdinalIgnoreCase) == true ? capability.Text[4..] : capability.Text;
            if (name is not null && Dangerous.Contains(name)) yield return Report(obj, capability, $"The {Describe(obj, container)} adds the capability {capability.Text}.");
        }
    }
}
