using System.Text.RegularExpressions;
using IacLint.Syntax;
using IacLint.Syntax.Yaml;

namespace IacLint.Kubernetes.Kustomize;

/// <summary>An object a build produced, with the file its document started in.</summary>
public sealed record BuiltObject(DataObject Root, SourceText Source);

/// <summary>A problem met while building (a missing resource, a remote base, a patch that does not apply).</summary>
public sealed record BuildNote(string Path, SourceSpan Span, string Message);

/// <summary>
/// Builds a kustomization natively, the way <c>kustomize build</c> does for the common features: resources (files and
/// folders, recursively), components, generators (configMapGenerator, secretGenerator; names without the content
/// hash), strategic merge and JSON 6902 patches (inline or from files, with targets), then namespace,
/// namePrefix/nameSuffix, labels/commonLabels, commonAnnotations, replicas and images. Every value keeps the file and
/// line it came from. Remote bases are not fetched; they are noted.
/// </summary>
public sealed class KustomizeBuilder(string root, Func<string, YamlFile?> readFile)
{
    private static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass",
        "PriorityClass", "IngressClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "RuntimeClass",
    };

    private readonly List<BuildNote> _notes = [];
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);

    public IReadOnlyList<BuildNote> Notes => _notes;

    /// <summary>Files the builds read as resources, patches or components (so they are not audited again raw).</summary>
    public HashSet<string> UsedFiles { get; } = new(StringComparer.Ordinal);

    public static bool IsKustomization(string path) => FileNames.Contains(path[(path.LastIndexOf('/') + 1)..], StringComparer.Ordinal);

    public static string? KustomizationIn(string? directory, Func<string, bool> exists) =>
        directory is null ? null : FileNames.Select(n => Join(directory, n)).OfType<string>().FirstOrDefault(exists);

    /// <summary>Builds the kustomization file at <paramref name="path"/> (relative to the scan root).</summary>
    public List<BuiltObject> Build(string path)
    {
        var directory = Folder(path);
        if (!_building.Add(directory))
        {
            _notes.Add(new BuildNote(path, SourceSpan.FileStart, "Kustomization refers to itself through its resources (a cycle); not built again."));
            return [];
        }
        try
        {
            UsedFiles.Add(path);
            var file = readFile(path);
            var kustomization = file?.Documents.FirstOrDefault()?.Root as DataObject;
            if (file is null || kustomization is null)
            {
                _notes.Add(new BuildNote(path, SourceSpan.FileStart, "Kustomization could not be read."));
                return [];
            }
            var objects = new List<BuiltObject>();
            foreach (var entry in Strings(kustomization, "resources").Concat(Strings(kustomization, "bases")))
            {
                objects.AddRange(Resource(directory, entry, file.Source));
            }
            Generate(kustomization, directory, file.Source, objects);
            foreach (var component in Strings(kustomization, "components"))
            {
                var componentPath = KustomizationIn(Join(directory, component.Value), p => readFile(p) is not null);
                if (componentPath is null)
                {
                    _notes.Add(new BuildNote(file.Source.Path, component.Node.Span, $"Component \"{component.Value}\" has no kustomization file."));
                    continue;
                }
                UsedFiles.Add(componentPath);
                var componentFile = readFile(componentPath)!;
                if (componentFile.Documents.FirstOrDefault()?.Root is not DataObject componentRoot) continue;
                foreach (var entry in Strings(componentRoot, "resources")) objects.AddRange(Resource(Folder(componentPath), entry, componentFile.Source));
                Generate(componentRoot, Folder(componentPath), componentFile.Source, objects);
                Transform(componentRoot, Folder(componentPath), componentFile.Source, objects);
            }
            Transform(kustomization, directory, file.Source, objects);
            return objects;
        }
        finally
        {
            _building.Remove(directory);
        }
    }

    private IEnumerable<BuiltObject> Resource(string directory, (string Value, DataNode Node) entry, SourceText kustomization)
    {
        if (entry.Value.Contains("://", StringComparison.Ordinal) || entry.Value.StartsWith("github.com/", StringComparison.Ordinal) || entry.Value.Contains("?ref=", StringComparison.Ordinal))
        {
            _notes.Add(new BuildNote(kustomization.Path, entry.Node.Span, $"Remote resource \"{entry.Value}\" is not fetched; what it contains is not audited."));
            return [];
        }
        var path = Join(directory, entry.Value);
        if (path is null)
        {
            _notes.Add(new BuildNote(kustomization.Path, entry.Node.Span, $"Resource \"{entry.Value}\" is outside the scanned folder."));
            return [];
        }
        if (readFile(path) is { } file && !IsKustomization(path))
        {
            UsedFiles.Add(path);
            return Objects(file);
        }
        if (KustomizationIn(path, p => readFile(p) is not null) is { } nested) return Build(nested);
        _notes.Add(new BuildNote(kustomization.Path, entry.Node.Span, $"Resource \"{entry.Value}\" was not found (or is a folder without a kustomization)."));
        return [];
    }

    private static IEnumerable<BuiltObject> Objects(YamlFile file)
    {
        foreach (var document in file.Documents)
        {
            if (document.Root is not DataObject root) continue;
            if (KubernetesObject.Text(root.Find("kind")?.Value) == "List" && root.Find("items")?.Value is DataArray items)
            {
                foreach (var item in items.Items.OfType<DataObject>()) yield return new BuiltObject(item, file.Source);
            }
            else if (root.Find("kind") is not null)
            {
                yield return new BuiltObject(root, file.Source);
            }
        }
    }

    private void Generate(DataObject kustomization, string directory, SourceText source, List<BuiltObject> objects)
    {
        foreach (var (field, kind) in new[] { ("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret") })
        {
            if (kustomization.Find(field)?.Value is not DataArray generators) continue;
            foreach (var generator in generators.Items.OfType<DataObject>())
            {
                var name = generator.Find("name")?.Value;
                var data = new List<DataProperty>();
                foreach (var (literal, node) in Strings(generator, "literals"))
                {
                    var equals = literal.IndexOf('=');
                    if (equals > 0) data.Add(new DataProperty(literal[..equals], node.Span, new DataScalar(node.Span, ScalarKind.String, literal[(equals + 1)..]) { Source = source }));
                }
                foreach (var (fileEntry, node) in Strings(generator, "files"))
                {
                    var equals = fileEntry.IndexOf('=');
                    var key = equals > 0 ? fileEntry[..equals] : fileEntry[(fileEntry.LastIndexOf('/') + 1)..];
                    data.Add(new DataProperty(key, node.Span, new DataScalar(node.Span, ScalarKind.String, "(file " + (equals > 0 ? fileEntry[(equals + 1)..] : fileEntry) + ")") { Source = source }));
                }
                foreach (var (envFile, node) in Strings(generator, "envs"))
                {
                    var path = Join(directory, envFile);
                    var text = path is null ? null : ReadText(path);
                    foreach (var line in (text ?? "").Split('\n'))
                    {
                        var trimmed = line.Trim();
                        var equals = trimmed.IndexOf('=');
                        if (trimmed.StartsWith('#') || equals <= 0) continue;
                        data.Add(new DataProperty(trimmed[..equals], node.Span, new DataScalar(node.Span, ScalarKind.String, trimmed[(equals + 1)..]) { Source = source }));
                    }
                }
                var span = generator.Span;
                var metadata = new List<DataProperty> { new("name", name?.Span ?? span, name ?? Scalar("generated", span, source)) };
                objects.Add(new BuiltObject(new DataObject(span,
                [
                    new DataProperty("apiVersion", span, Scalar("v1", span, source)),
                    new DataProperty("kind", span, Scalar(kind, span, source)),
                    new DataProperty("metadata", span, new DataObject(span, metadata) { Source = source }),
                    new DataProperty("data", span, new DataObject(span, data) { Source = source }),
                ]) { Source = source }, source));
            }
        }
    }

    private void Transform(DataObject kustomization, string directory, SourceText source, List<BuiltObject> objects)
    {
        // Patches first: they name objects as the bases do, before prefixes and namespaces change them.
        foreach (var (patchPath, node) in Strings(kustomization, "patchesStrategicMerge"))
        {
            foreach (var patch in PatchDocuments(directory, patchPath, node, source)) ApplyStrategic(objects, patch, null, source, node);
        }
        if (kustomization.Find("patches")?.Value is DataArray patches)
        {
            foreach (var entry in patches.Items.OfType<DataObject>())
            {
                var target = entry.Find("target")?.Value as DataObject;
                var documents = entry.Find("path")?.Value is DataScalar { Text: { } path } pathNode
                    ? PatchDocuments(directory, path, pathNode, source)
                    : entry.Find("patch")?.Value is DataScalar inline ? Inline(inline, source) : [];
                foreach (var patch in documents)
                {
                    if (patch is DataArray operations) ApplyJson(objects, operations, target, source, entry);
                    else ApplyStrategic(objects, patch, target, source, entry);
                }
            }
        }
        if (kustomization.Find("patchesJson6902")?.Value is DataArray jsonPatches)
        {
            foreach (var entry in jsonPatches.Items.OfType<DataObject>())
            {
                var documents = entry.Find("path")?.Value is DataScalar { Text: { } path } pathNode ? PatchDocuments(directory, path, pathNode, source)
                    : entry.Find("patch")?.Value is DataScalar inline ? Inline(inline, source) : [];
                foreach (var operations in documents.OfType<DataArray>()) ApplyJson(objects, operations, entry.Find("target")?.Value as DataObject, source, entry);
            }
        }

        // Replica counts name objects as the bases do, before prefixes and suffixes.
        if (kustomization.Find("replicas")?.Value is DataArray replicas)
        {
            foreach (var entry in replicas.Items.OfType<DataObject>())
            {
                var name = KubernetesObject.Text(entry.Find("name")?.Value);
                if (entry.Find("count")?.Value is not DataScalar count) continue;
                for (var i = 0; i < objects.Count; i++)
                {
                    if (KubernetesObject.Text(KubernetesObject.Path(objects[i].Root, "metadata", "name")) == name &&
                        KubernetesObject.Text(objects[i].Root.Find("kind")?.Value) is "Deployment" or "StatefulSet" or "ReplicaSet" or "ReplicationController" or "DeploymentConfig")
                    {
                        objects[i] = objects[i] with { Root = SetPath(objects[i].Root, ["spec", "replicas"], count) };
                    }
                }
            }
        }

        var ns = kustomization.Find("namespace")?.Value as DataScalar;
        var prefix = kustomization.Find("namePrefix")?.Value as DataScalar;
        var suffix = kustomization.Find("nameSuffix")?.Value as DataScalar;
        var labels = LabelsToAdd(kustomization);
        var annotations = kustomization.Find("commonAnnotations")?.Value as DataObject;
        for (var i = 0; i < objects.Count; i++)
        {
            var root = objects[i].Root;
            var kind = KubernetesObject.Text(root.Find("kind")?.Value) ?? "";
            if (ns?.Text is { } namespaceName && !ClusterScoped.Contains(kind)) root = SetPath(root, ["metadata", "namespace"], Scalar(namespaceName, ns.Span, source));
            if ((prefix?.Text ?? "") + (suffix?.Text ?? "") is { Length: > 0 } && kind != "Namespace" &&
                KubernetesObject.Path(root, "metadata", "name") is DataScalar { Text: { } name } nameNode)
            {
                root = SetPath(root, ["metadata", "name"], new DataScalar(nameNode.Span, ScalarKind.String, (prefix?.Text ?? "") + name + (suffix?.Text ?? "")) { Source = nameNode.Source });
            }
            foreach (var (label, value, includeSelectors) in labels)
            {
                root = SetPath(root, ["metadata", "labels", label.Name], value);
                if (!includeSelectors || KubernetesObject.Path(root, "spec", "template") is null) continue;
                root = SetPath(root, ["spec", "template", "metadata", "labels", label.Name], value);
                root = SetPath(root, ["spec", "selector", "matchLabels", label.Name], value);
            }
            foreach (var annotation in annotations?.Properties ?? []) root = SetPath(root, ["metadata", "annotations", annotation.Name], annotation.Value);
            objects[i] = objects[i] with { Root = root };
        }

        if (kustomization.Find("images")?.Value is DataArray images)
        {
            foreach (var image in images.Items.OfType<DataObject>())
            {
                for (var i = 0; i < objects.Count; i++) objects[i] = objects[i] with { Root = (DataObject)RewriteImages(objects[i].Root, image, source) };
            }
        }
    }

    private static DataNode RewriteImages(DataNode node, DataObject image, SourceText source)
    {
        switch (node)
        {
            case DataObject obj:
            {
                var properties = obj.Properties.Select(p =>
                {
                    if (p.Name == "image" && p.Value is DataScalar { Text: { } current } && Rewrite(current, image) is { } rewritten)
                    {
                        var at = (image.Find("newTag") ?? image.Find("digest") ?? image.Find("newName") ?? image.Find("name"))!.Value;
                        return p with { Value = new DataScalar(at.Span, ScalarKind.String, rewritten) { Source = at.Source ?? source } };
                    }
                    return p.Value is DataObject or DataArray ? p with { Value = RewriteImages(p.Value, image, source) } : p;
                }).ToList();
                return new DataObject(obj.Span, properties) { Source = obj.Source };
            }
            case DataArray array:
                return new DataArray(array.Span, array.Items.Select(i => RewriteImages(i, image, source)).ToList()) { Source = array.Source };
            default:
                return node;
        }
    }

    /// <summary>The image reference after an <c>images</c> entry (name → newName, newTag, digest), or null if it does not match.</summary>
    public static string? Rewrite(string reference, DataObject image)
    {
        var name = KubernetesObject.Text(image.Find("name")?.Value);
        var at = reference.IndexOf('@');
        var withoutDigest = at < 0 ? reference : reference[..at];
        var slash = withoutDigest.LastIndexOf('/');
        var colon = withoutDigest.LastIndexOf(':');
        var repository = colon > slash ? withoutDigest[..colon] : withoutDigest;
        var tag = colon > slash ? withoutDigest[(colon + 1)..] : null;
        var digest = at < 0 ? null : reference[(at + 1)..];
        if (repository != name) return null;
        repository = KubernetesObject.Text(image.Find("newName")?.Value) ?? repository;
        if (KubernetesObject.Text(image.Find("newTag")?.Value) is { } newTag)
        {
            tag = newTag;
            digest = null;
        }
        if (KubernetesObject.Text(image.Find("digest")?.Value) is { } newDigest)
        {
            digest = newDigest;
            tag = null;
        }
        return repository + (tag is null ? "" : ":" + tag) + (digest is null ? "" : "@" + digest);
    }

    private static List<(DataProperty Label, DataNode Value, bool IncludeSelectors)> LabelsToAdd(DataObject kustomization)
    {
        var result = new List<(DataProperty, DataNode, bool)>();
        if (kustomization.Find("commonLabels")?.Value is DataObject common)
        {
            result.AddRange(common.Properties.Select(p => (p, p.Value, true)));
        }
        if (kustomization.Find("labels")?.Value is DataArray labels)
        {
            foreach (var entry in labels.Items.OfType<DataObject>())
            {
                var selectors = YamlReader.IsTrue(entry.Find("includeSelectors")?.Value);
                if (entry.Find("pairs")?.Value is DataObject pairs) result.AddRange(pairs.Properties.Select(p => (p, p.Value, selectors)));
            }
        }
        return result;
    }

    private void ApplyStrategic(List<BuiltObject> objects, DataNode patch, DataObject? target, SourceText source, DataNode entry)
    {
        if (patch is not DataObject patchObject) return;
        var kind = KubernetesObject.Text(patchObject.Find("kind")?.Value);
        var name = KubernetesObject.Text(KubernetesObject.Path(patchObject, "metadata", "name"));
        var matched = false;
        for (var i = objects.Count - 1; i >= 0; i--)
        {
            var matches = target is not null ? Matches(objects[i].Root, target) : Matches(objects[i].Root, kind, name, null);
            if (!matches) continue;
            matched = true;
            var body = target is not null ? WithoutIdentity(patchObject) : patchObject;
            var merged = StrategicMerge.Merge(objects[i].Root, body);
            if (merged is DataObject mergedObject) objects[i] = objects[i] with { Root = mergedObject };
            else objects.RemoveAt(i);
        }
        if (!matched) _notes.Add(new BuildNote(source.Path, entry.Span, $"Patch for {kind} {name} matches no resource."));
    }

    private void ApplyJson(List<BuiltObject> objects, DataArray operations, DataObject? target, SourceText source, DataNode entry)
    {
        if (target is null)
        {
            _notes.Add(new BuildNote(source.Path, entry.Span, "A JSON 6902 patch needs a target."));
            return;
        }
        var matched = false;
        for (var i = 0; i < objects.Count; i++)
        {
            if (!Matches(objects[i].Root, target)) continue;
            matched = true;
            var patched = JsonPatch.Apply(objects[i].Root, operations, (message, span) => _notes.Add(new BuildNote(source.Path, span, message)));
            if (patched is DataObject patchedObject) objects[i] = objects[i] with { Root = patchedObject };
        }
        if (!matched) _notes.Add(new BuildNote(source.Path, entry.Span, "JSON 6902 patch target matches no resource."));
    }

    private static DataObject WithoutIdentity(DataObject patch) =>
        new(patch.Span, patch.Properties.Where(p => p.Name is not ("apiVersion" or "kind") && !(p.Name == "metadata" && p.Value is DataObject m && m.Properties.All(x => x.Name is "name" or "namespace"))).ToList()) { Source = patch.Source };

    private static bool Matches(DataObject root, DataObject target) =>
        Matches(root, KubernetesObject.Text(target.Find("kind")?.Value), KubernetesObject.Text(target.Find("name")?.Value), KubernetesObject.Text(target.Find("namespace")?.Value));

    private static bool Matches(DataObject root, string? kind, string? name, string? ns)
    {
        if (kind is not null && KubernetesObject.Text(root.Find("kind")?.Value) != kind) return false;
        var objectName = KubernetesObject.Text(KubernetesObject.Path(root, "metadata", "name")) ?? "";
        if (name is not null && objectName != name && !Regex.IsMatch(objectName, "^(?:" + name + ")$", RegexOptions.None, TimeSpan.FromMilliseconds(200))) return false;
        if (ns is not null && (KubernetesObject.Text(KubernetesObject.Path(root, "metadata", "namespace")) ?? "default") != ns) return false;
        return true;
    }

    private IEnumerable<DataNode> PatchDocuments(string directory, string path, DataNode at, SourceText kustomization)
    {
        var full = Join(directory, path);
        var file = full is null ? null : readFile(full);
        if (file is null)
        {
            _notes.Add(new BuildNote(kustomization.Path, at.Span, $"Patch file \"{path}\" was not found."));
            return [];
        }
        UsedFiles.Add(full!);
        return file.Documents.Where(d => d.Root is not null).Select(d => d.Root!);
    }

    /// <summary>An inline patch (a YAML string in the kustomization), read with its positions mapped into the file.</summary>
    private static IEnumerable<DataNode> Inline(DataScalar patch, SourceText kustomization)
    {
        var text = patch.Text ?? "";
        var firstContentLine = patch.Span.StartLine + 1;
        var indent = 0;
        var line = kustomization.GetLine(firstContentLine);
        while (indent < line.Length && line[indent] == ' ') indent++;
        var block = kustomization.Text.AsSpan(patch.Span.StartOffset, Math.Min(2, patch.Span.EndOffset - patch.Span.StartOffset)).IndexOfAny('|', '>') >= 0;
        SourceSpan Map(SourceSpan span) => block
            ? kustomization.GetSpan(firstContentLine + span.StartLine - 1, span.StartColumn + indent, firstContentLine + span.EndLine - 1, span.EndColumn + indent)
            : patch.Span;
        foreach (var document in YamlReader.ReadAll(new SourceText(kustomization.Path, text)))
        {
            if (document.Root is not null) yield return Remap(document.Root, Map, kustomization);
        }
    }

    private static DataNode Remap(DataNode node, Func<SourceSpan, SourceSpan> map, SourceText source) => node switch
    {
        DataObject obj => new DataObject(map(obj.Span), obj.Properties.Select(p => new DataProperty(p.Name, map(p.NameSpan), Remap(p.Value, map, source))).ToList()) { Source = source },
        DataArray array => new DataArray(map(array.Span), array.Items.Select(i => Remap(i, map, source)).ToList()) { Source = source },
        DataScalar scalar => new DataScalar(map(scalar.Span), scalar.Kind, scalar.Text) { Source = source },
        _ => node,
    };

    private static DataObject SetPath(DataObject root, string[] path, DataNode value)
    {
        var properties = root.Properties.ToList();
        var index = properties.FindIndex(p => p.Name == path[0]);
        if (path.Length == 1)
        {
            if (index < 0) properties.Add(new DataProperty(path[0], value.Span, value));
            else properties[index] = properties[index] with { Value = value };
        }
        else
        {
            var child = index >= 0 && properties[index].Value is DataObject existing ? existing : new DataObject(value.Span, []) { Source = value.Source };
            var updated = SetPath(child, path[1..], value);
            if (index < 0) properties.Add(new DataProperty(path[0], value.Span, updated));
            else properties[index] = properties[index] with { Value = updated };
        }
        return new DataObject(root.Span, properties) { Source = root.Source };
    }

    private static DataScalar Scalar(string text, SourceSpan span, SourceText source) => new(span, ScalarKind.String, text) { Source = source };

    private static IEnumerable<(string Value, DataNode Node)> Strings(DataObject obj, string field) =>
        obj.Find(field)?.Value is DataArray list
            ? list.Items.OfType<DataScalar>().Where(s => s.Text is not null).Select(s => (s.Text!, (DataNode)s))
            : [];

    private string? ReadText(string relative)
    {
        var (text, problem) = Discovery.ConfinedFiles.ReadText(root, Path.Combine(root, relative), relative);
        if (problem is not null && !problem.EndsWith("was not found", StringComparison.Ordinal)) _notes.Add(new BuildNote(relative, SourceSpan.FileStart, $"Kustomize file {problem}."));
        return text;
    }

    private static string Folder(string path) => Discovery.RelativePaths.Folder(path);

    private static string? Join(string directory, string relative) => Discovery.RelativePaths.Combine(directory, relative);
}
