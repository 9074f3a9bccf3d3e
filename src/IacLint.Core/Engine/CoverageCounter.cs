using IacLint.AppConfig;
using IacLint.Kubernetes;
using IacLint.Rules;
using IacLint.Rules.Kubernetes;
using IacLint.Rules.Terraform;
using IacLint.Terraform.Model;

namespace IacLint.Engine;

/// <summary>
/// Counts what each rule that ran examined, from the models the rules were given, so a report can say "checked,
/// clean". A resource rule counts the instances of its resource types; other Terraform rules the modules; container
/// rules the workloads; other Kubernetes rules every object (each decides from the object whether it applies);
/// appsettings rules the appsettings files; drift rules the elements of the compared environments; engine rules
/// the audited files. An area counts distinct elements, so two rules on the same bucket count it once.
/// </summary>
internal static class CoverageCounter
{
    public static (IReadOnlyList<RuleCoverage> Rules, IReadOnlyList<AreaCoverage> Areas) Count(
        IReadOnlyList<IRule> enabled,
        IReadOnlyList<string> auditedFiles,
        TerraformProject? terraform,
        IReadOnlyList<KubernetesObject> objects,
        IReadOnlyList<AppSettingsGroup> groups,
        int driftElements,
        Func<RuleDescriptor, string> areaOf)
    {
        var rules = new List<RuleCoverage>();
        var areas = new Dictionary<string, (int Rules, HashSet<string> Subjects)>(StringComparer.Ordinal);
        var drift = Enumerable.Range(0, driftElements).Select(i => "drift#" + i).ToList();
        foreach (var rule in enabled)
        {
            var subjects = Subjects(rule, auditedFiles, terraform, objects, groups, drift).ToList();
            rules.Add(new RuleCoverage(rule.Descriptor.Id, subjects.Count));
            var area = areaOf(rule.Descriptor);
            if (!areas.TryGetValue(area, out var entry)) areas[area] = entry = (0, new HashSet<string>(StringComparer.Ordinal));
            entry.Subjects.UnionWith(subjects);
            areas[area] = (entry.Rules + 1, entry.Subjects);
        }
        return (rules, areas.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new AreaCoverage(a.Key, a.Value.Rules, a.Value.Subjects.Count)).ToList());
    }

    private static IEnumerable<string> Subjects(IRule rule, IReadOnlyList<string> auditedFiles, TerraformProject? terraform,
        IReadOnlyList<KubernetesObject> objects, IReadOnlyList<AppSettingsGroup> groups, IReadOnlyList<string> drift) => rule switch
    {
        ResourceRule resourceRule => terraform is null ? [] : terraform.Resources
            .Where(r => r.Definition.Mode == "managed" && resourceRule.CoveredTypes.Contains(r.Type))
            .Select(r => $"tf:{r.Module.RootDirectory}:{r.Address}"),
        ITerraformRule => terraform is null ? [] : terraform.Modules.Keys.Select(m => "module:" + m),
        ContainerRule => objects.Where(o => o.PodSpec is not null).Select(ObjectKey),
        IKubernetesRule => objects.Select(ObjectKey),
        IAppSettingsRule => groups.SelectMany(g => g.Files).Select(f => "file:" + f.Source.Path),
        _ when rule.Descriptor.Id.StartsWith("IAC6", StringComparison.Ordinal) => drift,
        _ => auditedFiles.Select(f => "file:" + f),
    };

    private static string ObjectKey(KubernetesObject obj) => $"k8s:{obj.Environment}:{obj.Identity}";
}
