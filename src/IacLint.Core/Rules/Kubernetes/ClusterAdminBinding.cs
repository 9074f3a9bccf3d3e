using IacLint.Findings;
using IacLint.Kubernetes;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4018: a subject is bound to cluster-admin.</summary>
public sealed class ClusterAdminBinding : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4018", Name: "k8s-cluster-admin-binding", Title: "Binding to cluster-admin",
        Description: "A RoleBinding or ClusterRoleBinding refers to the `cluster-admin` ClusterRole.",
        Why: "cluster-admin can do anything on every resource; a workload or user holding it owns the cluster, and everything in it, when compromised.",
        HowToFix: "Bind a role with only the permissions needed; keep cluster-admin for break-glass accounts outside Git.",
        Example: "```yaml\nroleRef:\n  kind: ClusterRole\n  name: orders-reader\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 8.5, Tags: ["security", "kubernetes", "rbac", "least-privilege"], Cwe: "CWE-269",
        EquivalentIds: ["polaris:clusterrolebindingClusterAdmin", "polaris:rolebindingClusterAdminClusterRole", "kube-linter:cluster-admin-role-binding", "trivy:KSV111"],
        Area: AuditArea.Access,
        Precision: Precision.VeryHigh);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects.Where(o => o.Kind is "RoleBinding" or "ClusterRoleBinding"))
        {
            var name = KubernetesObject.Path(obj.Root, "roleRef", "name");
            if (KubernetesObject.Text(name) == "cluster-admin") yield return Report(obj, name!, $"{obj.Kind} {obj.Name} binds cluster-admin.");
        }
    }
}
