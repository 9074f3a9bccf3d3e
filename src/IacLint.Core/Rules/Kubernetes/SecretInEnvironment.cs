using IacLint.AppConfig;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4014: a secret is written as a literal environment variable value.</summary>
public sealed class SecretInEnvironment : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4014", Name: "k8s-secret-in-env-value", Title: "Secret as a literal environment variable",
        Description: "A container environment variable named like a credential (PASSWORD, SECRET, TOKEN, API_KEY …), or whose value is a PEM private key, has a literal `value` instead of `valueFrom.secretKeyRef`. Empty values, references (`$(VAR)`, `${VAR}`) and obvious placeholders (`changeme`, `your-api-key`, a value that repeats the variable's name) are not secrets.",
        Why: "The value is stored in the manifest, in Git, in the API server's object and in every `kubectl get -o yaml`; anyone who can read Deployments can read it.",
        HowToFix: "Store it in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`.",
        Example: "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: password }\n```",
        DefaultLevel: Level.Error, SecuritySeverity: 7.5, Tags: ["security", "secrets", "kubernetes"], Cwe: "CWE-798",
        EquivalentIds: ["polaris:sensitiveContainerEnvVar", "kube-linter:env-var-secret", "checkov:CKV_K8S_35"],
        Area: AuditArea.Secrets,
        Precision: Precision.High);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        if (container.Node.Find("env")?.Value is not DataArray env) yield break;
        foreach (var variable in env.Items.OfType<DataObject>())
        {
            var name = KubernetesObject.Text(variable.Find("name")?.Value);
            if (name is null) continue;
            if (variable.Find("value")?.Value is not DataScalar { Kind: not ScalarKind.Null, Text: { Length: > 0 } text } value || SecretDetection.IsPlaceholderFor(name, text)) continue;
            var looksSecret = SecretDetection.IsSecretKey(name) || (text.Contains("BEGIN", StringComparison.Ordinal) && text.Contains("PRIVATE KEY", StringComparison.Ordinal));
            if (!looksSecret) continue;
            yield return Report(obj, value, $"The environment variable {name} of the {Describe(obj, container)} holds a literal secret.");
        }
    }
}
