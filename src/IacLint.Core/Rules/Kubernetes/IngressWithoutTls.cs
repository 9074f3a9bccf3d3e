using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4016: an Ingress serves plain HTTP.</summary>
public sealed class IngressWithoutTls : KubernetesRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4016", Name: "k8s-ingress-without-tls", Title: "Ingress without TLS",
        Description: "An Ingress has no `spec.tls` section, so its hosts are served over plain HTTP.",
        Why: "Traffic, cookies and tokens travel in clear text between clients and the cluster.",
        HowToFix: "Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue it).",
        Example: "```yaml\nspec:\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 6.5, Tags: ["security", "kubernetes", "encryption"], Cwe: "CWE-319",
        EquivalentIds: ["polaris:tlsSettingsMissing", "checkov:CKV_K8S_153"],
        Area: AuditArea.Encryption,
        Precision: Precision.High);

    public override IEnumerable<Finding> Analyze(KubernetesContext context)
    {
        foreach (var obj in context.Objects.Where(o => o.Kind == "Ingress"))
        {
            if (KubernetesObject.Path(obj.Root, "spec", "tls") is DataArray { Items.Count: > 0 }) continue;
            yield return Report(obj, obj.LocationNode, $"Ingress {obj.Name} has no TLS.");
        }
    }
}
