using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4009: a container binds a port on the node.</summary>
public sealed class HostPort : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4009", Name: "k8s-host-port", Title: "Container binds a host port",
        Description: "A container port sets `hostPort`, binding it directly on the node's network interfaces.",
        Why: "Host ports bypass Services and network policies, expose the pod on every node address, and limit scheduling to one such pod per node.",
        HowToFix: "Remove `hostPort` and expose the pod through a Service (ClusterIP, or an Ingress for outside traffic).",
        Example: "```yaml\nports:\n  - containerPort: 8080\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 5.5, Tags: ["security", "kubernetes", "network"], Cwe: "CWE-668",
        EquivalentIds: ["polaris:hostPortSet", "checkov:CKV_K8S_26", "trivy:KSV024"],
        Area: AuditArea.Exposure,
        Precision: Precision.VeryHigh);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        if (container.Node.Find("ports")?.Value is not DataArray ports) yield break;
        foreach (var port in ports.Items.OfType<DataObject>())
        {
            if (port.Find("hostPort") is { Value: DataScalar { Kind: ScalarKind.Number, Text: not "0" } hostPort })
            {
                yield return Report(obj, hostPort, $"The {Describe(obj, container)} binds host port {hostPort.Text}.");
            }
        }
    }
}
