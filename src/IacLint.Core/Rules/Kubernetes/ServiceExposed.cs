using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4015: a Service is reachable from outside the cluster.</summary>
public sealed class ServiceExposed : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4015", Name: "k8s-service-exposed", Title: "Service of type LoadBalancer or NodePort",
        Description: "A Service has `type: LoadBalancer` or `type: NodePort`, exposing it outside the cluster.",
        Why: "Each such Service is a separate entry point that bypasses the Ingress controller's TLS, authentication and logging; NodePorts open on every node.",
        HowToFix: "Use `type: ClusterIP` behind an Ingress or Gateway; if a load balancer is required, restrict `loadBalancerSourceRanges` and suppress with the reason.",
        Example: "```yaml\nspec:\n  type: ClusterIP\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 5.0, Tags: ["security", "kubernetes", "public-exposure"], Cwe: "CWE-668",
        EquivalentIds: ["kube-linter:exposed-services", "kube-score:service-type"],
        Area: AuditArea.Exposure,
        Precision: Precision.Medium);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects.Where(o => o.Kind == "Service"))
        {
            var type = KubernetesObject.Path(obj.Root, "spec", "type");
            if (KubernetesObject.Text(type) is "LoadBalancer" or "NodePort") yield return Report(obj, type!, $"Service {obj.Name} is of type {KubernetesObject.Text(type)}.");
        }
    }
}
