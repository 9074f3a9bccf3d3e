using IacLint.AppConfig;
using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Drift;

/// <summary>Turns each family's model into per-environment elements that drift can compare by identity.</summary>
public static class Snapshots
{
    private static readonly HashSet<string> VersionAttributes = new(StringComparer.Ordinal)
    {
        "engine_version", "kubernetes_version", "version", "runtime", "image", "image_tag", "ami", "node_version", "php_version", "python_version",
    };

    public static EnvironmentSnapshot For(Dictionary<string, EnvironmentSnapshot> snapshots, string environment)
    {
        if (!snapshots.TryGetValue(environment, out var snapshot)) snapshots[environment] = snapshot = new EnvironmentSnapshot(environment);
        return snapshot;
    }

    /// <summary>Adds one family's snapshots, in their order, as if the family had filled <paramref name="into"/> itself.</summary>
    public static void Merge(Dictionary<string, EnvironmentSnapshot> into, Dictionary<string, EnvironmentSnapshot> family)
    {
        foreach (var (environment, part) in family)
        {
            var snapshot = For(into, environment);
            foreach (var (key, element) in part.Elements) snapshot.Elements.TryAdd(key, element);
            foreach (var (key, location) in part.GroupLocations) snapshot.GroupLocations.TryAdd(key, location);
            foreach (var (scope, group) in part.ScopeGroups) snapshot.ScopeGroups.TryAdd(scope, group);
        }
    }

    /// <summary>appsettings: each folder's effective configuration for each environment that has its own file (and
    /// production, which is the default when a base file exists).</summary>
    public static void AddAppSettings(Dictionary<string, EnvironmentSnapshot> snapshots, IEnumerable<AppSettingsGroup> groups)
    {
        foreach (var group in groups)
        {
            var name = group.Directory.Length == 0 ? "." : group.Directory;
            foreach (var environment in group.Environments)
            {
                var file = group.FileFor(environment) ?? (environment == EnvironmentNames.Production ? group.Base : null);
                if (file is null) continue;
                var snapshot = For(snapshots, environment);
                snapshot.GroupLocations[(DriftFamily.AppSettings, name)] = new Location(file.Source.Path, file.Document.Root?.Span is { } s ? s with { EndLine = s.StartLine, EndColumn = s.StartColumn + 1, EndOffset = s.StartOffset + 1 } : SourceSpan.FileStart);
                foreach (var entry in group.Effective(environment).Entries)
                {
                    if (entry.Value is null) continue;
                    // JSON's true is true to the reader, though .NET's configuration turns it into "True".
                    var value = entry.Kind == ScalarKind.Boolean ? entry.Value.ToLowerInvariant() : entry.Value;
                    snapshot.Add(new DriftElement(DriftFamily.AppSettings, name, entry.Key.ToLowerInvariant(), value, DriftValueKind.Value,
                        entry.ValueLocation, SecretDetection.MustMask(entry.Key, entry.Value), entry.Key));
                }
            }
        }
    }

    /// <summary>Terraform: the resources of each root module whose folder names an environment (envs/staging,
    /// live/prod …), by address, with their known attribute values; module and provider versions.</summary>
    public static void AddTerraform(Dictionary<string, EnvironmentSnapshot> snapshots, IEnumerable<ResourceInstance> resources, string environment, string group)
    {
        var snapshot = For(snapshots, environment);
        foreach (var resource in resources)
        {
            var address = resource.Address;
            snapshot.Add(new DriftElement(DriftFamily.Terraform, group, address, null, DriftValueKind.Presence, resource.Location, false, address));
            foreach (var attribute in resource.Body.Attributes())
            {
                if (attribute.Name is "count" or "for_each" or "depends_on" or "provider") continue;
                foreach (var (path, value) in Leaves(attribute.Name, attribute.Value))
                {
                    var kind = VersionAttributes.Contains(attribute.Name) ? DriftValueKind.Version : DriftValueKind.Value;
                    snapshot.Add(new DriftElement(DriftFamily.Terraform, group, $"{address}.{path}", value, kind,
                        attribute.Location, SecretDetection.IsSecretKey(attribute.Name), address));
                }
            }
        }
    }

    /// <summary>Module versions and provider constraints of a root module folder (and the modules it calls).</summary>
    /// <summary>The drift group of a root module and its counterparts in other environments (<c>terraform envs/*</c>,
    /// <c>terraform svc00</c>), so a resource is only ever paired with the same root's resource.</summary>
    public static string TerraformGroup(string counterpart) => counterpart is "" or "*" ? "terraform" : "terraform " + counterpart;

    public static void AddTerraformVersions(Dictionary<string, EnvironmentSnapshot> snapshots, ModuleDefinition root, string environment, string group)
    {
        var snapshot = For(snapshots, environment);
        snapshot.ScopeGroups[root.Directory] = group;
        var first = root.Files.FirstOrDefault();
        if (first is not null) snapshot.GroupLocations[(DriftFamily.Terraform, group)] = new Location(first.Source.Path, SourceSpan.FileStart);
        foreach (var call in root.ModuleCalls)
        {
            if (call.Version?.Value is Syntax.Hcl.HclTemplate { IsStringLiteral: true } version)
            {
                snapshot.Add(new DriftElement(DriftFamily.Terraform, group, $"module.{call.Name}.version", version.LiteralValue, DriftValueKind.Version, call.At(version.Span), false, $"module.{call.Name}"));
            }
            if (call.Source is { } source && source.IndexOf("ref=", StringComparison.Ordinal) is var refAt and >= 0)
            {
                snapshot.Add(new DriftElement(DriftFamily.Terraform, group, $"module.{call.Name}.ref", source[(refAt + 4)..].Split('&')[0], DriftValueKind.Version, call.At(call.SourceAttribute!.Value.Span), false, $"module.{call.Name}"));
            }
        }
        foreach (var (block, file) in root.TerraformBlocks)
        {
            foreach (var required in block.Body.BlocksOfType("required_providers"))
            {
                foreach (var entry in required.Body.Attributes)
                {
                    if (entry.Value is not Syntax.Hcl.HclObject obj) continue;
                    var version = obj.Items.FirstOrDefault(i => i.Key is Syntax.Hcl.HclVariable { Name: "version" })?.Value as Syntax.Hcl.HclTemplate;
                    if (version is { IsStringLiteral: true })
                    {
                        snapshot.Add(new DriftElement(DriftFamily.Terraform, group, $"provider.{entry.Name}.version", version.LiteralValue, DriftValueKind.Version, new Location(file.Path, version.Span), false, $"provider.{entry.Name}"));
                    }
                }
            }
        }
    }

    /// <summary>Terragrunt: each unit that names an environment, by its pair key (<c>mysql</c>), with its inputs, its
    /// module source and ref, and the security settings of its remote state. Inputs set in the files that say where a
    /// unit is deployed (<c>account.hcl</c>, <c>region.hcl</c>, <c>env.hcl</c> above it) differ by design and are not
    /// compared; the environment's own name inside a value (<c>mysql_stage</c>) reads as <c>${env}</c>.</summary>
    public static void AddTerragrunt(Dictionary<string, EnvironmentSnapshot> snapshots, Terragrunt.TerragruntProject project, IEnumerable<TerraformConfiguration> unitConfigurations)
    {
        var resourcesByUnit = unitConfigurations.ToDictionary(c => c.Root.External!.Name, c => c.Resources, StringComparer.Ordinal);
        foreach (var unit in project.Units.OrderBy(u => u.Directory, StringComparer.Ordinal))
        {
            if (unit.Environment is null) continue;
            var snapshot = For(snapshots, unit.Environment);
            var unitLocation = unit.Location;
            var owner = Terragrunt.TerragruntFamily.Owner(unit).FullyQualifiedName;
            // One group per unit: what is missing in a unit is reported at that unit's file; a unit not deployed in
            // an environment at all is not a difference.
            snapshot.GroupLocations.TryAdd((DriftFamily.Terragrunt, owner), unitLocation);
            void Add(string key, string? value, DriftValueKind kind, Location location, bool secret = false) =>
                snapshot.Add(new DriftElement(DriftFamily.Terragrunt, owner, key, value, kind, location, secret, owner));
            Add(owner, null, DriftValueKind.Presence, unitLocation);
            foreach (var (name, input) in unit.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (project.IsLocationFile(unit, input.Location.Path)) continue;
                var secret = SecretDetection.IsSecretKey(name);
                // A map or list input is one element of its own (missing on one side: one difference), then its leaves.
                if (input.Value is TfObject or TfList) Add($"{owner}:inputs.{name}", null, DriftValueKind.Presence, input.Location);
                foreach (var (path, value) in Leaves(name, input.Value, unknownAs: "(known only when Terragrunt runs)"))
                {
                    var kind = VersionAttributes.Contains(path[(path.LastIndexOf('.') + 1)..]) ? DriftValueKind.Version : DriftValueKind.Value;
                    Add($"{owner}:inputs.{path}", WithoutEnvironmentName(value, unit.EnvironmentName), kind, input.Location, secret);
                }
            }
            // The resources of the unit's module, by address: one missing on one side is drift, and a rule failing
            // only on the production unit's resource is production weaker.
            foreach (var resource in resourcesByUnit.GetValueOrDefault(unit.Directory) ?? [])
            {
                if (resource.Definition.Mode != "managed") continue;
                var key = $"{owner}:{resource.Address}";
                snapshot.Add(new DriftElement(DriftFamily.Terragrunt, owner, key, null, DriftValueKind.Presence, resource.Location, false, key));
            }
            if (unit.Source is { } source)
            {
                Add($"{owner}:source", unit.ModuleDirectory ?? source.WithoutQuery ?? "(not known)", DriftValueKind.Value, source.Location);
                if (source.Ref is { } reference) Add($"{owner}:source.ref", reference, DriftValueKind.Version, source.Location);
            }
            if (unit.RemoteState is { } remote)
            {
                Add($"{owner}:remote_state.backend", remote.Backend ?? "(not known)", DriftValueKind.Value, remote.Location);
                foreach (var key in RemoteStateSecurityKeys)
                {
                    if (remote.Config.Get(key) is { } value && Leaves(key, value).FirstOrDefault() is { Value: { } text })
                    {
                        Add($"{owner}:remote_state.{key}", text, DriftValueKind.Value, remote.LocationOf(key));
                    }
                }
            }
        }
    }

    /// <summary>Remote state settings that make state safer or weaker (the bucket and key name the environment).</summary>
    private static readonly string[] RemoteStateSecurityKeys =
    [
        "encrypt", "kms_key_id", "dynamodb_table", "use_lockfile", "skip_bucket_versioning", "skip_bucket_ssencryption",
        "skip_bucket_public_access_blocking", "skip_bucket_enforced_tls", "skip_bucket_root_access",
    ];

    /// <summary>The input-level key of a Terragrunt element key (<c>mysql:inputs.tags</c> for <c>mysql:inputs.tags.team</c>).</summary>
    public static string? TerragruntInputKey(string key)
    {
        var at = key.IndexOf(":inputs.", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at + ":inputs.".Length;
        var end = key.IndexOfAny(['.', '['], start);
        return end < 0 ? key : key[..end];
    }

    /// <summary>The environment's own folder name inside a value, as a whole word, reads as <c>${env}</c>.</summary>
    private static string WithoutEnvironmentName(string value, string? environmentName)
    {
        if (string.IsNullOrEmpty(environmentName) || !value.Contains(environmentName, StringComparison.OrdinalIgnoreCase)) return value;
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            var at = value.IndexOf(environmentName, i, StringComparison.OrdinalIgnoreCase);
            if (at < 0) break;
            var end = at + environmentName.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(value[at - 1])) && (end == value.Length || !char.IsLetterOrDigit(value[end]));
            builder.Append(value, i, at - i).Append(whole ? "${env}" : value[at..end]);
            i = end;
        }
        return builder.Append(value, i, value.Length - i).ToString();
    }

    /// <summary>Kubernetes: objects per environment by Kind/name (the overlay's prefix and suffix taken off; the
    /// namespace is left out because overlays usually set one per environment), with every field; named list items
    /// (containers, env vars, ports) by name.</summary>
    public static void AddKubernetes(Dictionary<string, EnvironmentSnapshot> snapshots, IEnumerable<KubernetesObject> objects)
    {
        foreach (var obj in objects)
        {
            if (obj.Environment is null) continue;
            var snapshot = For(snapshots, obj.Environment);
            var name = obj.Name;
            if (obj.Overlay is { } overlay)
            {
                if (overlay.NamePrefix.Length > 0 && name.StartsWith(overlay.NamePrefix, StringComparison.Ordinal)) name = name[overlay.NamePrefix.Length..];
                if (overlay.NameSuffix.Length > 0 && name.EndsWith(overlay.NameSuffix, StringComparison.Ordinal)) name = name[..^overlay.NameSuffix.Length];
                snapshot.GroupLocations[(DriftFamily.Kubernetes, "kubernetes")] = overlay.Location;
            }
            else
            {
                snapshot.GroupLocations.TryAdd((DriftFamily.Kubernetes, "kubernetes"), new Location(obj.Source.Path, SourceSpan.FileStart));
            }
            var identity = $"{obj.Kind}/{name}";
            snapshot.Add(new DriftElement(DriftFamily.Kubernetes, "kubernetes", identity, null, DriftValueKind.Presence, obj.Location, false, obj.Identity));
            var secretObject = obj.Kind == "Secret";
            foreach (var (path, node, secret, isItem) in Flatten(obj.Root, ""))
            {
                if (path is "metadata.name" or "metadata.namespace" or "apiVersion" or "kind") continue;
                if (isItem)
                {
                    // A named item (container, env var, port) missing on one side is one difference, not one per field.
                    snapshot.Add(new DriftElement(DriftFamily.Kubernetes, "kubernetes", $"{identity}:{path}", null, DriftValueKind.Presence,
                        new Location((node.Source ?? obj.Source).Path, node.Span), false, obj.Identity));
                    continue;
                }
                var text = KubernetesObject.Text(node);
                if (text is null) continue;
                var kind = path.EndsWith("image", StringComparison.Ordinal) ? DriftValueKind.Version : DriftValueKind.Value;
                snapshot.Add(new DriftElement(DriftFamily.Kubernetes, "kubernetes", $"{identity}:{path}", text, kind,
                    new Location((node.Source ?? obj.Source).Path, node.Span), secret || (secretObject && path.StartsWith("data", StringComparison.Ordinal)), obj.Identity));
            }
        }
    }

    /// <summary>Config documents per environment: Helm <c>values.yaml</c> overlaid by <c>values-ENV.yaml</c>, and files
    /// named <c>NAME.ENV.ext</c> or <c>ENV.ext</c> (TOML, JSON, YAML) beside each other.</summary>
    public static void AddConfigDocuments(Dictionary<string, EnvironmentSnapshot> snapshots, IEnumerable<DataDocument> documents, EnvironmentNames names)
    {
        var byPath = documents.Where(d => d.Root is DataObject).GroupBy(d => d.Source.Path).ToDictionary(g => g.Key, g => g.First());
        foreach (var (path, document) in byPath)
        {
            var slash = path.LastIndexOf('/');
            var folder = slash < 0 ? "" : path[..slash];
            var file = path[(slash + 1)..];
            var dot = file.LastIndexOf('.');
            if (dot < 0) continue;
            var stem = file[..dot];
            string? environment = null;
            string group;
            DataDocument? baseDocument = null;
            if (stem.StartsWith("values-", StringComparison.Ordinal) || stem.StartsWith("values.", StringComparison.Ordinal))
            {
                environment = Known(names, stem[7..]);
                group = Join(folder, "values");
                baseDocument = byPath.GetValueOrDefault(Join(folder, "values.yaml")) ?? byPath.GetValueOrDefault(Join(folder, "values.yml"));
            }
            else
            {
                var inner = stem.LastIndexOf('.');
                environment = Known(names, inner < 0 ? stem : stem[(inner + 1)..]);
                group = Join(folder, inner < 0 ? "(environment files)" : stem[..inner]);
            }
            if (environment is null) continue;
            var snapshot = For(snapshots, environment);
            snapshot.GroupLocations[(DriftFamily.Config, group)] = new Location(path, SourceSpan.FileStart);
            var merged = baseDocument?.Root is DataObject b ? Merge(b, (DataObject)document.Root!) : document.Root!;
            foreach (var (key, node, secret, _) in Flatten(merged, ""))
            {
                var text = node is DataScalar s ? s.Text ?? "null" : null;
                if (text is null) continue;
                var kind = key.EndsWith("tag", StringComparison.OrdinalIgnoreCase) || key.EndsWith("version", StringComparison.OrdinalIgnoreCase) ? DriftValueKind.Version : DriftValueKind.Value;
                snapshot.Add(new DriftElement(DriftFamily.Config, group, key, text, kind, new Location((node.Source ?? document.Source).Path, node.Span), secret, key));
            }
        }
    }

    private static string? Known(EnvironmentNames names, string candidate)
    {
        var normalized = names.Normalize(candidate);
        return normalized is EnvironmentNames.Production or EnvironmentNames.Staging or EnvironmentNames.Development or EnvironmentNames.Test ? normalized : null;
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>Values layered like Helm: maps merge, everything else from the override.</summary>
    private static DataObject Merge(DataObject baseObject, DataObject overlay)
    {
        var properties = baseObject.Properties.Select(p =>
            overlay.Find(p.Name) is { } o ? (p.Value is DataObject bo && o.Value is DataObject oo ? o with { Value = Merge(bo, oo) } : o) : p).ToList();
        properties.AddRange(overlay.Properties.Where(o => baseObject.Find(o.Name) is null));
        return new DataObject(overlay.Span, properties) { Source = overlay.Source };
    }

    /// <summary>Leaf values with dotted paths; list items that have a <c>name</c> are keyed by it and also yielded
    /// themselves (<c>Item</c>) before their fields. Secrets: values under a credential-named key, and the value of an
    /// env var whose name is one.</summary>
    private static IEnumerable<(string Path, DataNode Node, bool Secret, bool Item)> Flatten(DataNode node, string path, bool secret = false)
    {
        switch (node)
        {
            case DataObject obj:
                var envName = KubernetesObject.Text(obj.Find("name")?.Value);
                var secretEntry = envName is not null && SecretDetection.IsSecretKey(envName);
                foreach (var property in obj.Properties)
                {
                    var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var childSecret = secret || SecretDetection.IsSecretKey(property.Name) || (secretEntry && property.Name == "value");
                    foreach (var leaf in Flatten(property.Value, childPath, childSecret)) yield return leaf;
                }
                break;
            case DataArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    var name = item is DataObject o ? KubernetesObject.Text(o.Find("name")?.Value) : null;
                    var key = name ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (name is not null) yield return ($"{path}[{key}]", item, secret, true);
                    foreach (var leaf in Flatten(item, $"{path}[{key}]", secret)) yield return leaf;
                }
                break;
            default:
                yield return (path, node, secret, false);
                break;
        }
    }

    private static IEnumerable<(string Path, string Value)> Leaves(string path, TfValue value, string? unknownAs = null)
    {
        switch (value)
        {
            case TfUnknown when unknownAs is not null: yield return (path, unknownAs); break;
            case TfString s: yield return (path, s.Value); break;
            case TfNumber n: yield return (path, n.ToString()); break;
            case TfBool b: yield return (path, b.ToString()); break;
            case TfObject o:
                foreach (var (key, inner) in o.Attributes)
                {
                    foreach (var leaf in Leaves($"{path}.{key}", inner, unknownAs)) yield return leaf;
                }
                break;
            case TfList l:
                for (var i = 0; i < l.Items.Count; i++)
                {
                    foreach (var leaf in Leaves($"{path}[{i}]", l.Items[i], unknownAs)) yield return leaf;
                }
                break;
        }
    }
}
