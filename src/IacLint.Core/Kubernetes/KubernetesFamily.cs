using IacLint.Environments;
using IacLint.Findings;
using IacLint.Rules;
using IacLint.Rules.Kubernetes;
using IacLint.Syntax;
using IacLint.Syntax.Yaml;

namespace IacLint.Kubernetes;

/// <summary>A YAML file as the Kubernetes family sees it.</summary>
public sealed record YamlFile(SourceText Source, IReadOnlyList<DataDocument> Documents, bool IsHelmTemplate);

/// <summary>
/// The Kubernetes family in a scan: reads manifests (multi-document, <c>kind: List</c>, JSON), recognises Helm
/// templates (reported once as not rendered) and Kustomize files, runs the Kubernetes rules and applies the
/// suppression annotations (IacLint's and the peers').
/// </summary>
public static class KubernetesFamily
{
    /// <summary>A JSON file as a Kubernetes manifest, or null when it is some other JSON (package.json, tsconfig…),
    /// which IacLint leaves alone without complaint.</summary>
    public static YamlFile? ReadJsonManifest(SourceText source)
    {
        var document = Syntax.Json.JsonReader.Read(source, Syntax.Json.JsonReaderOptions.Strict);
        // A manifest that cannot be read (nested 10,000 deep, cut off) is said, not taken for someone else's JSON.
        if (document.Root is null && document.Diagnostics.Count > 0 && LooksLikeManifest(source.Text)) return new YamlFile(source, [document], false);
        if (document.Root is not DataObject root || KubernetesObject.Text(root.Find("apiVersion")?.Value) is null || KubernetesObject.Text(root.Find("kind")?.Value) is null) return null;
        return new YamlFile(source, [document], false);
    }

    private static bool LooksLikeManifest(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.TrimStart().StartsWith("{") && head.Contains("\"apiVersion\"", StringComparison.Ordinal) && head.Contains("\"kind\"", StringComparison.Ordinal);
    }

    public static YamlFile Read(SourceText source)
    {
        var isTemplate = source.Path.Contains("/templates/", StringComparison.Ordinal) || source.Path.StartsWith("templates/", StringComparison.Ordinal);
        if (isTemplate && source.Text.Contains("{{", StringComparison.Ordinal)) return new YamlFile(source, [], true);
        return new YamlFile(source, YamlReader.ReadAll(source), false);
    }

    /// <summary>
    /// The objects to audit: each Kustomize overlay (a kustomization no other one uses) built natively, and every
    /// manifest that no kustomization uses, as written. Build problems come back as notes.
    /// </summary>
    public static (IReadOnlyList<KubernetesObject> Objects, IReadOnlyList<Kustomize.BuildNote> Notes) Load(string root, IReadOnlyList<YamlFile> files, EnvironmentNames names,
        Action<Finding>? failed = null)
    {
        failed ??= _ => { };
        var byPath = files.ToDictionary(f => f.Source.Path, StringComparer.Ordinal);
        var unreadable = new List<Kustomize.BuildNote>();
        // Overlays are built side by side: a file outside the scanned ones is read once, by the first build that needs it.
        var readLock = new Lock();
        YamlFile? ReadFile(string path)
        {
            lock (readLock)
            {
                if (byPath.TryGetValue(path, out var known)) return known;
                var (text, problem) = Discovery.ConfinedFiles.ReadText(root, Path.Combine(root, path), path);
                if (text is null)
                {
                    // Not found is said by the builder at the entry; anything else (a link out of the root, a FIFO) here.
                    if (problem is not null && !path.Contains('\0') && !problem.EndsWith("was not found", StringComparison.Ordinal) && !problem.EndsWith("is a folder, not a file", StringComparison.Ordinal))
                    {
                        unreadable.Add(new Kustomize.BuildNote(path, SourceSpan.FileStart, $"Kustomize file {problem}."));
                    }
                    return null;
                }
                var file = Read(new SourceText(path, text));
                byPath[path] = file;
                return file;
            }
        }

        var kustomizations = files.Where(f => Kustomize.KustomizeBuilder.IsKustomization(f.Source.Path)).Select(f => f.Source.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
        // Components only make sense inside a kustomization that lists them; they are not built on their own.
        bool IsComponent(string path) => KubernetesObject.Text((byPath[path].Documents.FirstOrDefault()?.Root as DataObject)?.Find("kind")?.Value) == "Component";
        var components = kustomizations.Where(IsComponent).ToHashSet(StringComparer.Ordinal);
        var toBuild = kustomizations.Where(p => !components.Contains(p)).ToList();
        var results = new (List<Kustomize.BuiltObject> Objects, Kustomize.KustomizeBuilder Builder)[toBuild.Count];
        Engine.ParallelUnits.For(toBuild.Count, k =>
        {
            var builder = new Kustomize.KustomizeBuilder(root, ReadFile);
            var place = Engine.Guard.FileStart(toBuild[k]);
            results[k] = (Engine.Guard.Run($"building the Kustomize overlay {toBuild[k]}", place, f => { lock (readLock) failed(f); }, () => builder.Build(toBuild[k]), []), builder);
        });
        var usedByOthers = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(components, StringComparer.Ordinal);
        for (var k = 0; k < toBuild.Count; k++)
        {
            used.UnionWith(results[k].Builder.UsedFiles);
            usedByOthers.UnionWith(results[k].Builder.UsedFiles.Where(p => p != toBuild[k]));
        }
        var objects = new List<KubernetesObject>();
        var notes = new List<Kustomize.BuildNote>();
        for (var k = 0; k < toBuild.Count; k++)
        {
            var (path, (built, builder)) = (toBuild[k], results[k]);
            if (usedByOthers.Contains(path)) continue;
            var directory = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
            var kustomization = byPath[path].Documents.FirstOrDefault()?.Root as DataObject;
            var overlay = new Kustomize.Overlay(directory.Length == 0 ? "." : directory, new Location(path, SourceSpan.FileStart),
                KubernetesObject.Text(kustomization?.Find("namePrefix")?.Value) ?? "", KubernetesObject.Text(kustomization?.Find("nameSuffix")?.Value) ?? "");
            var environment = EnvironmentOf(directory + "/kustomization.yaml", names);
            objects.AddRange(built.Select(b => new KubernetesObject(b.Source, b.Root, environment) { Overlay = overlay }));
            notes.AddRange(builder.Notes);
        }
        // Kustomizations that use each other in a cycle are all "used by others", so none is built as an overlay:
        // their cycle notes are said anyway, or their resources would go unaudited without a word.
        for (var k = 0; k < toBuild.Count; k++)
        {
            if (usedByOthers.Contains(toBuild[k])) notes.AddRange(results[k].Builder.Notes.Where(n => n.Message.Contains("(a cycle)", StringComparison.Ordinal)));
        }
        objects.AddRange(Objects(files.Where(f => !used.Contains(f.Source.Path)), names));
        notes.AddRange(unreadable.OrderBy(n => n.Path, StringComparer.Ordinal));
        return (objects, notes.DistinctBy(n => (n.Path, n.Span.StartOffset, n.Message)).ToList());
    }

    public static IReadOnlyList<KubernetesObject> Objects(IEnumerable<YamlFile> files, EnvironmentNames names)
    {
        var objects = new List<KubernetesObject>();
        foreach (var file in files)
        {
            var environment = EnvironmentOf(file.Source.Path, names);
            foreach (var document in file.Documents)
            {
                if (document.Root is not DataObject root) continue;
                if (KubernetesObject.Text(root.Find("kind")?.Value) is "List" && root.Find("items")?.Value is DataArray items)
                {
                    objects.AddRange(items.Items.OfType<DataObject>().Where(IsObject).Select(i => new KubernetesObject(file.Source, i, environment)));
                }
                else if (IsObject(root))
                {
                    objects.Add(new KubernetesObject(file.Source, root, environment));
                }
            }
        }
        return objects;
    }

    private static bool IsObject(DataObject root) =>
        KubernetesObject.Text(root.Find("apiVersion")?.Value) is not null && KubernetesObject.Text(root.Find("kind")?.Value) is { } kind &&
        kind != "Kustomization" && kind != "Component";

    /// <summary>The first folder on the path that names a known environment (overlays/production, deploy/stg …).</summary>
    public static string? EnvironmentOf(string path, EnvironmentNames names)
    {
        var segments = path.Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            var normalized = names.Normalize(segments[i]);
            if (normalized is EnvironmentNames.Production or EnvironmentNames.Staging or EnvironmentNames.Development or EnvironmentNames.Test) return normalized;
        }
        return null;
    }

    public static IReadOnlyList<Finding> Analyze(IReadOnlyList<YamlFile> files, IReadOnlyList<KubernetesObject> objects, IReadOnlyList<Kustomize.BuildNote> notes, IEnumerable<IRule> enabledRules)
    {
        var findings = new List<Finding>();
        foreach (var note in notes)
        {
            findings.Add(RuleRegistry.CouldNotEvaluate.Finding(note.Message, new Location(note.Path, note.Span)));
        }
        // One note per chart, on its first template: a chart of forty templates is one thing not audited, not forty.
        foreach (var chart in files.Where(f => f.IsHelmTemplate).GroupBy(f => ChartOf(f.Source.Path), StringComparer.Ordinal))
        {
            var templates = chart.Select(f => f.Source.Path).Order(StringComparer.Ordinal).ToList();
            var count = templates.Count == 1 ? "its template is" : $"its {templates.Count} templates are";
            findings.Add(RuleRegistry.CouldNotEvaluate.Finding(
                $"Helm chart {chart.Key} is not rendered (IacLint does not run Helm); {count} not audited. Audit the rendered manifests or the chart's values instead.",
                new Location(templates[0], SourceSpan.FileStart)));
        }
        foreach (var file in files)
        {
            if (file.IsHelmTemplate) continue;
            foreach (var document in file.Documents)
            {
                foreach (var diagnostic in document.Diagnostics)
                {
                    findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, new Location(file.Source.Path, diagnostic.Span)));
                }
            }
        }
        var context = new KubernetesContext(objects);
        var place = Engine.Guard.FileStart(files.FirstOrDefault()?.Source.Path ?? ".");
        // The rules only read the objects, so they run in parallel; their findings are kept in rule order.
        var rules = enabledRules.OfType<IKubernetesRule>().ToList();
        var perRule = new IReadOnlyList<Finding>[rules.Count];
        Parallel.For(0, rules.Count, r => perRule[r] = Engine.Guard.Findings($"running {rules[r].Descriptor.Id} on the Kubernetes objects", place, () => rules[r].Analyze(context)));
        // The first object of each identity and environment owns the findings about it.
        var owners = new Dictionary<(string Identity, string? Environment), KubernetesObject>();
        foreach (var obj in objects) owners.TryAdd((obj.Identity, obj.Environment), obj);
        foreach (var finding in perRule.SelectMany(f => f))
        {
            var owner = finding.LogicalLocation?.FullyQualifiedName is { } name ? owners.GetValueOrDefault((name, finding.Environment)) : null;
            findings.Add(owner is not null && AnnotationSuppressions.Match(owner, finding.Rule) is { } suppression ? finding with { Suppression = suppression } : finding);
        }
        return findings;
    }

    /// <summary>The chart folder of a template: the part of its path before <c>templates/</c>.</summary>
    private static string ChartOf(string templatePath)
    {
        var at = templatePath.LastIndexOf("templates/", StringComparison.Ordinal);
        return at <= 0 ? "." : templatePath[..(at - 1)];
    }

    /// <summary>Every mapping entry and list item is an element a suppression comment can cover; documents are the
    /// top-level units.</summary>
    public static SuppressionSource SuppressionSource(YamlFile file)
    {
        var spans = new List<SourceSpan>();
        foreach (var document in file.Documents) spans.AddRange(Suppressor.ForDocument(document).ElementSpans);
        var comments = file.Documents.FirstOrDefault()?.Comments ?? [];
        return new SuppressionSource(file.Source, comments, spans, file.Documents.Where(d => d.Root is not null).Select(d => d.Root!.Span).ToList());
    }
}

/// <summary>The objects the Kubernetes rules see, with lookups rules need across objects.</summary>
public sealed class KubernetesContext(IReadOnlyList<KubernetesObject> objects)
{
    public IReadOnlyList<KubernetesObject> Objects { get; } = objects;
}

/// <summary>
/// Suppression by annotation on the object: <c>iaclint.io/ignore: "IAC4001,IAC4002"</c> with
/// <c>iaclint.io/ignore-reason</c>, and the peers' annotations mapped through <c>equivalentIds</c>:
/// <c>ignore-check.kube-linter.io/CHECK</c>, <c>polaris.fairwinds.com/CHECK-exempt</c>, <c>kube-score/ignore</c>,
/// <c>checkov.io/skipN: CKV_K8S_N=reason</c>.
/// </summary>
public static class AnnotationSuppressions
{
    public static Suppression? Match(KubernetesObject obj, RuleDescriptor rule)
    {
        var annotations = obj.Annotations;
        var source = $"{obj.Source.Path}:{obj.Metadata?.Span.StartLine ?? 1}";
        if (annotations.TryGetValue("iaclint.io/ignore", out var ids) &&
            ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(id => RuleRegistry.Find(id)?.Descriptor.Id == rule.Id))
        {
            var reason = annotations.GetValueOrDefault("iaclint.io/ignore-reason");
            return new Suppression(string.IsNullOrWhiteSpace(reason) ? "suppressed by the iaclint.io/ignore annotation (no reason given)" : reason, null, source);
        }
        foreach (var (key, value) in annotations)
        {
            string? tool = null, check = null, reason = null;
            if (key.StartsWith("ignore-check.kube-linter.io/", StringComparison.Ordinal))
            {
                (tool, check, reason) = ("kube-linter", key["ignore-check.kube-linter.io/".Length..], value);
            }
            else if (key.StartsWith("polaris.fairwinds.com/", StringComparison.Ordinal) && key.EndsWith("-exempt", StringComparison.Ordinal) && value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                (tool, check) = ("polaris", key["polaris.fairwinds.com/".Length..^"-exempt".Length]);
            }
            else if (key.StartsWith("checkov.io/skip", StringComparison.Ordinal))
            {
                var equals = value.IndexOf('=');
                (tool, check, reason) = ("checkov", equals < 0 ? value : value[..equals], equals < 0 ? null : value[(equals + 1)..]);
            }
            else if (key == "kube-score/ignore")
            {
                foreach (var scoreCheck in value.Split(',', StringSplitOptions.TrimEntries))
                {
                    if (rule.Equivalents.Contains("kube-score:" + scoreCheck)) return new Suppression("ignored with kube-score/ignore (no reason given)", null, source);
                }
                continue;
            }
            if (tool is null || check is null) continue;
            if (rule.Equivalents.Contains($"{tool}:{check}"))
            {
                return new Suppression(string.IsNullOrWhiteSpace(reason) ? $"exempted with the {tool} annotation (no reason given)" : reason, null, source);
            }
        }
        return null;
    }
}
