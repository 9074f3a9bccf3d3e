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
        // An area keeps the shared key lists its rules cover, each once (by reference), and counts their distinct
        // keys at the end: adding every rule's keys to the area's set made it rules × resources.
        var areas = new Dictionary<string, (int Rules, HashSet<IReadOnlyList<string>> Groups)>(StringComparer.Ordinal);
        var subjects = new SubjectKeys(auditedFiles, terraform, objects, groups, driftElements);
        foreach (var rule in enabled)
        {
            var covered = subjects.Of(rule);
            rules.Add(new RuleCoverage(rule.Descriptor.Id, covered.Sum(g => g.Count)));
            var area = areaOf(rule.Descriptor);
            if (!areas.TryGetValue(area, out var entry)) entry = (0, new HashSet<IReadOnlyList<string>>(ReferenceEqualityComparer.Instance));
            entry.Groups.UnionWith(covered);
            areas[area] = (entry.Rules + 1, entry.Groups);
        }
        return (rules, areas.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AreaCoverage(a.Key, a.Value.Rules, a.Value.Groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).Count())).ToList());
    }

    /// <summary>The keys of each kind of subject, built once and shared by every rule (hundreds of rules each
    /// scanning every resource and building its key again made this grow with rules × resources): a rule covers a few
    /// of these lists, resources one list per type.</summary>
    private sealed class SubjectKeys(IReadOnlyList<string> auditedFiles, TerraformProject? terraform,
        IReadOnlyList<KubernetesObject> objects, IReadOnlyList<AppSettingsGroup> groups, int driftElements)
    {
        private Dictionary<string, List<string>>? _managedByType;
        private List<string>? _modules, _workloads, _objects, _appSettings, _drift, _files;

        public IReadOnlyList<IReadOnlyList<string>> Of(IRule rule) => rule switch
        {
            ResourceRule resourceRule => terraform is null ? [] : Resources(resourceRule.CoveredTypes),
            ITerraformRule => terraform is null ? [] : [_modules ??= terraform.Modules.Keys.Select(m => "module:" + m).ToList()],
            ContainerRule => [_workloads ??= objects.Where(o => o.PodSpec is not null).Select(ObjectKey).ToList()],
            IKubernetesRule => [_objects ??= objects.Select(ObjectKey).ToList()],
            IAppSettingsRule => [_appSettings ??= groups.SelectMany(g => g.Files).Select(f => "file:" + f.Source.Path).ToList()],
            _ when rule.Descriptor.Id.StartsWith("IAC6", StringComparison.Ordinal) => [_drift ??= Enumerable.Range(0, driftElements).Select(i => "drift#" + i).ToList()],
            _ => [_files ??= auditedFiles.Select(f => "file:" + f).ToList()],
        };

        private List<IReadOnlyList<string>> Resources(IReadOnlyCollection<string> types)
        {
            _managedByType ??= terraform!.Resources
                .Where(r => r.Definition.Mode == "managed")
                .GroupBy(r => r.Type, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => $"tf:{r.Module.RootDirectory}:{r.Address}").ToList(), StringComparer.Ordinal);
            var keys = new List<IReadOnlyList<string>>();
            foreach (var type in types.Distinct(StringComparer.Ordinal))
            {
                if (_managedByType.TryGetValue(type, out var ofType)) keys.Add(ofType);
            }
            return keys;
        }
    }

    private static string ObjectKey(KubernetesObject obj) => $"k8s:{obj.Environment}:{obj.Identity}";
}
