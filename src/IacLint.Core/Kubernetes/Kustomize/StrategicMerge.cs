using IacLint.Syntax;

namespace IacLint.Kubernetes.Kustomize;

/// <summary>
/// Kubernetes strategic merge patches for the common shapes: maps merge recursively, a null value deletes a key,
/// <c>$patch: delete</c> removes a map (or a list item), <c>$patch: replace</c> replaces it, and the named lists of pod
/// specs (containers, env, ports, volumes, volumeMounts, …) merge by their key; other lists are replaced. Nodes from
/// the patch keep their own file and span, so findings point at the line that set the value.
/// </summary>
public static class StrategicMerge
{
    private static readonly Dictionary<string, string> MergeKeys = new(StringComparer.Ordinal)
    {
        ["containers"] = "name", ["initContainers"] = "name", ["ephemeralContainers"] = "name", ["env"] = "name",
        ["volumes"] = "name", ["volumeMounts"] = "mountPath", ["volumeDevices"] = "devicePath", ["ports"] = "containerPort",
        ["imagePullSecrets"] = "name", ["hostAliases"] = "ip", ["topologySpreadConstraints"] = "topologyKey",
        ["envFrom"] = "", ["tolerations"] = "",
    };

    /// <summary>The merged node, or null when the patch deletes it.</summary>
    public static DataNode? Merge(DataNode? target, DataNode patch, string? field = null)
    {
        if (patch is DataObject patchObject)
        {
            var directive = KubernetesObject.Text(patchObject.Find("$patch")?.Value);
            if (directive == "delete") return null;
            if (directive == "replace" || target is not DataObject targetObject) return Strip(patchObject);
            var properties = new List<DataProperty>();
            var patched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in targetObject.Properties)
            {
                var change = patchObject.Find(property.Name);
                if (change is null)
                {
                    properties.Add(property);
                    continue;
                }
                patched.Add(property.Name);
                if (change.Value is DataScalar { Kind: ScalarKind.Null }) continue; // null deletes the key
                var merged = Merge(property.Value, change.Value, property.Name);
                if (merged is not null) properties.Add(new DataProperty(property.Name, change.NameSpan, merged));
            }
            foreach (var property in patchObject.Properties)
            {
                if (patched.Contains(property.Name) || property.Name.StartsWith('$') || property.Value is DataScalar { Kind: ScalarKind.Null }) continue;
                var added = property.Value is DataObject or DataArray ? Merge(null, property.Value, property.Name) : property.Value;
                if (added is not null) properties.Add(property with { Value = added });
            }
            return new DataObject(targetObject.Span, properties) { Source = targetObject.Source };
        }
        if (patch is DataArray patchArray && target is DataArray targetArray && field is not null &&
            MergeKeys.TryGetValue(field, out var key) && key.Length > 0)
        {
            return MergeList(targetArray, patchArray, key);
        }
        // An unchanged value keeps pointing at where it was first written (the base), not at the patch that repeats it.
        if (patch is DataScalar same && target is DataScalar original && same.Kind == original.Kind && same.Text == original.Text) return original;
        return patch is DataArray array ? new DataArray(array.Span, array.Items.Select(i => Merge(null, i) ?? i).ToList()) { Source = array.Source } : patch;
    }

    private static DataArray MergeList(DataArray target, DataArray patch, string key)
    {
        var items = target.Items.ToList();
        foreach (var item in patch.Items)
        {
            if (item is not DataObject patchItem || KeyOf(patchItem, key) is not { } id)
            {
                items.Add(item);
                continue;
            }
            var index = items.FindIndex(existing => existing is DataObject o && KeyOf(o, key) == id);
            if (index < 0)
            {
                if (KubernetesObject.Text(patchItem.Find("$patch")?.Value) != "delete") items.Add(Strip(patchItem));
                continue;
            }
            var merged = Merge(items[index], patchItem);
            if (merged is null) items.RemoveAt(index);
            else items[index] = merged;
        }
        return new DataArray(target.Span, items) { Source = target.Source };
    }

    private static string? KeyOf(DataObject item, string key) => KubernetesObject.Text(item.Find(key)?.Value);

    private static DataObject Strip(DataObject obj) =>
        new(obj.Span, obj.Properties.Where(p => !p.Name.StartsWith('$')).Select(p => p.Value is DataObject o ? p with { Value = Strip(o) } : p).ToList()) { Source = obj.Source };
}
