using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4011: a long-running container has no liveness probe.</summary>
public sealed class MissingLivenessProbe : MissingProbe
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4011", Name: "k8s-missing-liveness-probe", Title: "Container without a liveness probe",
        Description: "A container of a long-running workload (not a Job or CronJob) has no `livenessProbe`, so a hung process is never restarted.",
        Why: "A deadlocked or wedged process keeps its pod Running and in the Service forever; only a liveness probe lets Kubernetes notice and restart it.",
        HowToFix: "Add a liveness probe on a cheap endpoint that fails only when the process must be restarted.",
        Example: "```yaml\nlivenessProbe:\n  httpGet: { path: /health/live, port: 8080 }\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: null, Tags: ["reliability", "kubernetes", "observability"],
        Area: AuditArea.Config,
        EquivalentIds: ["polaris:livenessProbeMissing", "kube-linter:no-liveness-probe", "checkov:CKV_K8S_8", "kube-score:container-probes"],
        Precision: Precision.High);

    protected override string Probe => "livenessProbe";
}

/// <summary>IAC4022: a long-running container has no readiness probe.</summary>
public sealed class MissingReadinessProbe : MissingProbe
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4022", Name: "k8s-missing-readiness-probe", Title: "Container without a readiness probe",
        Description: "A container of a long-running workload (not a Job or CronJob) has no `readinessProbe`.",
        Why: "Without a readiness probe a Service sends traffic to pods that are still starting, warming caches or overloaded, and rolling updates proceed before new pods can serve.",
        HowToFix: "Add an HTTP or TCP readiness probe on the serving port.",
        Example: "```yaml\nreadinessProbe:\n  httpGet: { path: /health/ready, port: 8080 }\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: null, Tags: ["reliability", "kubernetes", "observability"],
        Area: AuditArea.Config,
        EquivalentIds: ["polaris:readinessProbeMissing", "kube-linter:no-readiness-probe", "checkov:CKV_K8S_9", "kube-score:container-probes"],
        Precision: Precision.High);

    protected override string Probe => "readinessProbe";
}

/// <summary>A probe every long-running container should have.</summary>
public abstract class MissingProbe : ContainerRule
{
    protected abstract string Probe { get; }

    protected override bool IncludeInitContainers => false;

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        if (obj.Kind is "Job" or "CronJob") yield break;
        if (container.Node.Find(Probe) is null) yield return Report(obj, container.NameNode, $"The {Describe(obj, container)} has no {Probe}.");
    }
}
