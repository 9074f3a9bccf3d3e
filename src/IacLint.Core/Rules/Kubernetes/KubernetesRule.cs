using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>A rule over the Kubernetes objects of the scanned tree.</summary>
public interface IKubernetesRule : IRule
{
    IEnumerable<Finding> Analyze(KubernetesContext context);
}

/// <summary>Base for Kubernetes rules: findings point at the offending node and are keyed by <c>Kind/namespace/name</c>.</summary>
public abstract class KubernetesRule : IKubernetesRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract IEnumerable<Finding> Analyze(KubernetesContext context);

    /// <summary>A finding at a node of the object, in the file that node came from (a base or a patch, after a
    /// Kustomize build), naming the overlay when there is one.</summary>
    protected Finding Report(KubernetesObject obj, DataNode node, string message)
    {
        var related = obj.Overlay is { } overlay ? new List<RelatedLocation> { new(overlay.Location, $"built by the Kustomize overlay {overlay.Directory}") } : null;
        if (obj.Overlay is not null) message = message.EndsWith('.') ? $"{message[..^1]} (overlay {obj.Overlay.Directory})." : message;
        return new(Descriptor, Descriptor.DefaultLevel, message, new Location((node.Source ?? obj.Source).Path, node.Span), obj.LogicalLocation, related, obj.Environment);
    }
}

/// <summary>A rule checked on every container of every workload.</summary>
public abstract class ContainerRule : KubernetesRule
{
    /// <summary>Whether init and ephemeral containers are checked too.</summary>
    protected virtual bool IncludeInitContainers => true;

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects)
        {
            if (obj.PodSpec is not { } pod) continue;
            foreach (var container in pod.Containers(IncludeInitContainers))
            {
                foreach (var finding in Check(obj, container)) yield return finding;
            }
        }
    }

    protected abstract IEnumerable<Finding> Check(KubernetesObject obj, Container container);

    protected static string Describe(KubernetesObject obj, Container container) => $"{container.Kind} \"{container.Name}\" of {obj.Kind} {obj.Name}";
}
