using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4003: a container may run as root.</summary>
public sealed class RunAsRoot : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4003", Name: "k8s-run-as-root", Title: "Container may run as root",
        Description: "Neither the container nor its pod sets `runAsNonRoot: true` (or one sets it to false), or `runAsUser` or `runAsGroup` is 0.",
        Why: "Root in the container is root on the node's kernel for anything that escapes the namespace isolation, and can write to every mounted volume.",
        HowToFix: "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod's securityContext, and build images that run as a non-root user.",
        Example: "```yaml\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 6.0, Tags: ["security", "kubernetes", "privilege"], Cwe: "CWE-250",
        EquivalentIds: ["polaris:runAsRootAllowed", "kube-linter:run-as-non-root", "checkov:CKV_K8S_23", "trivy:KSV012", "kube-score:container-security-context-user-group-id"],
        Area: AuditArea.Access,
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        var user = container.Setting("runAsUser");
        if (user?.Value is DataScalar { Kind: ScalarKind.Number, Text: "0" })
        {
            yield return Report(obj, user.Value, $"The {Describe(obj, container)} runs as root (runAsUser: 0).");
            yield break;
        }
        var group = container.Setting("runAsGroup");
        if (group?.Value is DataScalar { Kind: ScalarKind.Number, Text: "0" })
        {
            yield return Report(obj, group.Value, $"The {Describe(obj, container)} runs with the root group (runAsGroup: 0).");
            yield break;
        }
        var nonRoot = container.Setting("runAsNonRoot");
        if (Container.IsTrue(nonRoot)) yield break;
        if (user?.Value is DataScalar { Kind: ScalarKind.Number } && nonRoot is null) yield break; // a non-zero user id
        yield return nonRoot is null
            ? Report(obj, container.NameNode, $"The {Describe(obj, container)} does not set runAsNonRoot: true.")
            : Report(obj, nonRoot.Value, $"The {Describe(obj, container)} allows running as root (runAsNonRoot: false).");
    }
}
