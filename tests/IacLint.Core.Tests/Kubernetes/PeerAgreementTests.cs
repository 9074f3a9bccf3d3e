using IacLint.Engine;
using IacLint.Rules;

namespace IacLint.Tests.Kubernetes;

/// <summary>
/// Scores the Kubernetes rules against Polaris's and kube-linter's own fixtures (testdata/k8s, Apache-2.0), through each
/// rule's equivalentIds. Every disagreement must be listed, with its reason, in testdata/k8s/known-differences.txt.
/// </summary>
public class PeerAgreementTests
{
    private static readonly string Root = Path.Combine(TestPaths.TestData, "k8s");

    private static IEnumerable<IRule> RulesFor(string tool, string check) => RuleRegistry.FindEquivalent(tool, check);

    [Fact]
    public void Disagreements_with_polaris_and_kube_linter_are_exactly_the_documented_ones()
    {
        var cases = 0;
        var disagreements = new List<string>();

        foreach (var checkFolder in Directory.GetDirectories(Path.Combine(Root, "polaris-checks")).Order(StringComparer.Ordinal))
        {
            var check = Path.GetFileName(checkFolder);
            var rules = RulesFor("polaris", check).Select(r => r.Descriptor.Id).ToHashSet();
            rules.ShouldNotBeEmpty($"polaris:{check} maps to no rule");
            foreach (var file in Directory.GetFiles(checkFolder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var shouldFire = name.StartsWith("failure", StringComparison.Ordinal);
                var fired = Scan(file).Any(f => rules.Contains(f.Rule.Id));
                cases++;
                if (fired != shouldFire) disagreements.Add($"polaris:{check}/{name} {(shouldFire ? "missed" : "extra")}");
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Root, "kube-linter-checks")).Order(StringComparer.Ordinal))
        {
            var check = Path.GetFileNameWithoutExtension(file);
            var rules = RulesFor("kube-linter", check).Select(r => r.Descriptor.Id).ToHashSet();
            rules.ShouldNotBeEmpty($"kube-linter:{check} maps to no rule");
            var findings = Scan(file);
            var objects = Objects(file);
            foreach (var identity in objects)
            {
                var name = identity.Split('/')[^1];
                var shouldFire = !name.StartsWith("dont-fire", StringComparison.Ordinal);
                var fired = findings.Any(f => rules.Contains(f.Rule.Id) && f.LogicalLocation?.FullyQualifiedName == identity);
                cases++;
                if (fired != shouldFire) disagreements.Add($"kube-linter:{check}/{identity} {(shouldFire ? "missed" : "extra")}");
            }
        }

        var documented = File.ReadAllLines(Path.Combine(Root, "known-differences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" # ")[0].Trim())
            .ToList();
        var report = $"{cases - disagreements.Count}/{cases} cases agree";
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "iaclint-peer-agreement.txt"), disagreements.Prepend(report));
        disagreements.Except(documented).ShouldBeEmpty($"{report}; undocumented disagreements");
        documented.Except(disagreements).ShouldBeEmpty($"{report}; documented differences that no longer happen");
    }

    private static IReadOnlyList<IacLint.Findings.Finding> Scan(string file)
    {
        using var temp = new TempFolder();
        File.Copy(file, Path.Combine(temp.Path, "manifest.yaml"));
        return Scanner.Scan(new ScanOptions { Root = temp.Path }).Findings;
    }

    private static IReadOnlyList<string> Objects(string file)
    {
        var source = new IacLint.Syntax.SourceText("manifest.yaml", File.ReadAllText(file));
        var yaml = IacLint.Kubernetes.KubernetesFamily.Read(source);
        return IacLint.Kubernetes.KubernetesFamily.Objects([yaml], IacLint.Environments.EnvironmentNames.Default)
            .Where(o => o.PodSpec is not null || o.Kind is "Service" or "Role" or "ClusterRole" or "RoleBinding" or "ClusterRoleBinding" or "Ingress")
            .Select(o => o.Identity).Distinct().ToList();
    }
}
