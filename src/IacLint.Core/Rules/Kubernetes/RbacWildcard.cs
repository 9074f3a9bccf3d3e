using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4017: an RBAC rule grants every verb or every resource.</summary>
public sealed class RbacWildcard : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4017", Name: "k8s-rbac-wildcard", Title: "RBAC rule with wildcard verbs or resources",
        Description: "A Role or ClusterRole rule has `*` in `verbs`, `resources` or `apiGroups` together with the other two.",
        Why: "Wildcards grant today's and tomorrow's permissions at once, including secrets, escalate and impersonate; least privilege needs explicit lists.",
        HowToFix: "List the verbs and resources the subject needs.",
        Example: "```yaml\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n    verbs: [\"get\", \"list\"]\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 8.0, Tags: ["security", "kubernetes", "rbac", "least-privilege"], Cwe: "CWE-269",
        EquivalentIds: ["kube-linter:wildcard-in-rules", "checkov:CKV_K8S_49", "trivy:KSV044", "trivy:KSV045", "trivy:KSV046"],
        Area: AuditArea.Access,
        Precision: Precision.VeryHigh);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects.Where(o => o.Kind is "Role" or "ClusterRole"))
        {
            if (obj.Root.Find("rules")?.Value is not DataArray rules) continue;
            foreach (var rule in rules.Items.OfType<DataObject>())
            {
                foreach (var field in new[] { "verbs", "resources" })
                {
                    if (rule.Find(field)?.Value is not DataArray values) continue;
                    var star = values.Items.OfType<DataScalar>().FirstOrDefault(v => v.Text == "*");
                    if (star is not null) yield return Report(obj, star, $"{obj.Kind} {obj.Name} grants \"*\" in {field}.");
                }
            }
        }
    }
}
