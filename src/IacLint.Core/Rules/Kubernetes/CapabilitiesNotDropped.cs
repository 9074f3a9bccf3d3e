using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4006: a container keeps the default capability set.</summary>
public sealed class CapabilitiesNotDropped : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4006", Name: "k8s-capabilities-not-dropped", Title: "Container does not drop all capabilities",
        Description: "A container's `securityContext.capabilities.drop` does not include ALL, so it keeps the runtime's default set (NET_RAW, CHOWN, SETUID …).",
        Why: "Default capabilities such as NET_RAW allow ARP and DNS spoofing inside the cluster network; few applications need any of them.",
        HowToFix: "Drop ALL and add back only what is needed.",
        Example: "```yaml\ncapabilities:\n  drop: [\"ALL\"]\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 5.0, Tags: ["security", "kubernetes", "hardening"], Cwe: "CWE-250",
        EquivalentIds: ["polaris:insecureCapabilities", "kube-linter:drop-net-raw-capability", "checkov:CKV_K8S_37", "checkov:CKV_K8S_28", "trivy:KSV003", "kube-score:container-security-context-privileged"],
        Area: AuditArea.Access,
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var drop = KubernetesObject.Path(container.SecurityContext, "capabilities", "drop") as DataArray;
        if (drop is not null && drop.Items.OfType<DataScalar>().Any(c => string.Equals(c.Text, "ALL", StringComparison.OrdinalIgnoreCase))) yield break;
        yield return Report(obj, drop ?? container.NameNode, $"The {Describe(obj, container)} does not drop ALL capabilities.");
    }
}
