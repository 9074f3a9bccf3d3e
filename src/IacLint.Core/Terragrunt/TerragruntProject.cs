using IacLint.Environments;
using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Terragrunt;

/// <summary>
/// The Terragrunt units of the scanned tree, evaluated without running Terragrunt. Files are looked up among the
/// scanned ones (so ignores and excludes apply), never outside the scan root.
/// </summary>
public sealed class TerragruntProject
{
    private static readonly string[] KnownEnvironments = [EnvironmentNames.Production, EnvironmentNames.Staging, EnvironmentNames.Development, EnvironmentNames.Test];

    private readonly Dictionary<string, TerragruntFile> _files;
    private readonly Dictionary<string, TerragruntConfig> _read = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<TerraformNote> _notes = [];
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);

    private TerragruntProject(string root, IEnumerable<TerragruntFile> files)
    {
        Root = Path.GetFullPath(root);
        _files = files.GroupBy(f => f.Source.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The absolute scan root.</summary>
    public string Root { get; }

    public IReadOnlyList<TerragruntUnit> Units { get; private set; } = [];

    public IReadOnlyList<TerraformNote> Notes => _notes;

    /// <summary>The files some unit uses: the units, what they include and what they read.</summary>
    public IEnumerable<TerragruntFile> UsedFiles => _files.Values.Where(f => _used.Contains(f.Source.Path)).OrderBy(f => f.Source.Path, StringComparer.Ordinal);

    /// <summary>Scanned <c>.hcl</c> files no unit includes or reads: not audited (they may belong to another tool).</summary>
    public IEnumerable<TerragruntFile> UnusedFiles => _files.Values.Where(f => !_used.Contains(f.Source.Path)).OrderBy(f => f.Source.Path, StringComparer.Ordinal);

    public static TerragruntProject Load(string root, IEnumerable<TerragruntFile> files, EnvironmentNames names)
    {
        var project = new TerragruntProject(root, files);
        var candidates = project._files.Values.Where(f => f.IsUnit).OrderBy(f => f.Source.Path, StringComparer.Ordinal)
            .Select(f => new TerragruntConfig(project, f, f.Directory, null, readsIncludes: true)).ToList();
        // A terragrunt.hcl that other units include (the older layout's root file) is shared configuration, not a unit.
        var included = candidates.SelectMany(c => c.Includes).Select(i => i.Include.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var units = new List<TerragruntUnit>();
        foreach (var config in candidates.Where(c => !included.Contains(c.File.Source.Path)))
        {
            project.MarkUsed(config.File);
            units.Add(project.Evaluate(config, names));
        }
        // Two units of one environment under the same key (two regions): each keeps its full path.
        foreach (var clash in units.Where(u => u.Environment is not null).GroupBy(u => (u.Environment, u.PairKey)).Where(g => g.Count() > 1))
        {
            foreach (var unit in clash) unit.PairKey = unit.Directory;
        }
        project.Units = units;
        return project;
    }

    private TerragruntUnit Evaluate(TerragruntConfig config, EnvironmentNames names)
    {
        var file = config.File;
        var unit = new TerragruntUnit(config) { Includes = config.Includes.Select(i => i.Include).ToList() };
        var merged = config.Includes.Where(i => i.Config is not null && i.Include.MergeStrategy != "no_merge")
            .Select(i => (i.Config!, Deep: i.Include.MergeStrategy == "deep")).ToList();
        var deepChild = merged.Any(m => m.Deep);
        merged.Add((config, deepChild));

        var inputs = new Dictionary<string, TerragruntInput>(StringComparer.Ordinal);
        var generated = new List<string>();
        foreach (var (source, deep) in merged)
        {
            foreach (var input in source.OwnInputs() ?? [])
            {
                inputs[input.Name] = deep && inputs.TryGetValue(input.Name, out var existing)
                    ? input with { Value = DeepMerge(existing.Value, input.Value) with { Origin = input.Location } }
                    : input;
            }
            unit.Source = source.OwnSource() ?? unit.Source;
            unit.RemoteState = source.OwnRemoteState() ?? unit.RemoteState;
            generated.AddRange(source.File.Body.BlocksOfType("generate").Where(b => b.Labels.Count > 0).Select(b => b.Labels[0].Value));
        }
        unit.Inputs = inputs;
        unit.Generated = generated.Distinct(StringComparer.Ordinal).ToList();
        (unit.Environment, unit.EnvironmentName, unit.PairKey) = EnvironmentOf(file.Directory, names);
        unit.ModuleDirectory = LocalModuleDirectory(unit);
        return unit;
    }

    /// <summary>Terragrunt's deep merge: objects key by key, lists concatenated, anything else from the child.</summary>
    private static TfValue DeepMerge(TfValue parent, TfValue child) => (parent, child) switch
    {
        (TfObject p, TfObject c) => new TfObject(p.Attributes.Keys.Union(c.Attributes.Keys).ToDictionary(k => k,
            k => p.Attributes.TryGetValue(k, out var pv) && c.Attributes.TryGetValue(k, out var cv) ? DeepMerge(pv, cv) : c.Attributes.GetValueOrDefault(k) ?? p.Attributes[k],
            StringComparer.Ordinal)),
        (TfList p, TfList c) => new TfList([.. p.Items, .. c.Items]),
        _ => child,
    };

    /// <summary>The environment a unit's path names (the folder nearest the unit wins: <c>prod/us-east-1/prod/mysql</c>),
    /// else the <c>environment</c> or <c>env</c> local of the nearest <c>env.hcl</c> above it; the pair key is the path
    /// below that folder.</summary>
    private (string? Environment, string? Name, string PairKey) EnvironmentOf(string directory, EnvironmentNames names)
    {
        var segments = directory.Length == 0 ? [] : directory.Split('/');
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            // "live" is the conventional folder that holds a live repository's accounts, not an environment here.
            if (segments[i].Equals("live", StringComparison.OrdinalIgnoreCase)) continue;
            var normalized = names.Normalize(segments[i]);
            if (KnownEnvironments.Contains(normalized)) return (normalized, segments[i], string.Join('/', segments.Skip(i + 1)));
        }
        if (FindInParentFolders(directory, "env.hcl") is { } envFile && Read(envFile) is { } env &&
            env.Exposed().Get("locals") is TfObject locals && (locals.Get("environment") ?? locals.Get("env")) is TfString name)
        {
            var folder = Discovery.RelativePaths.Folder(envFile);
            var normalized = names.Normalize(name.Value);
            var below = folder.Length == 0 ? directory : directory[Math.Min(directory.Length, folder.Length + 1)..];
            if (KnownEnvironments.Contains(normalized)) return (normalized, name.Value, below);
        }
        return (null, null, directory);
    }

    /// <summary>A local <c>terraform.source</c> (a path, or <c>path//subdir</c>) as a folder of the scan, or null.</summary>
    private string? LocalModuleDirectory(TerragruntUnit unit)
    {
        if (unit.Source is not { Text: { } text } source || source.IsRemote) return null;
        var path = source.WithoutQuery!;
        var split = path.IndexOf("//", StringComparison.Ordinal);
        if (split >= 0) path = path[..split] + "/" + path[(split + 2)..];
        return Relative(Resolve(unit.Directory, path));
    }

    // ---- file system, confined to the scan root ----------------------------------------------------------------

    public string Absolute(string relative) => relative.Length == 0 ? Root : Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A path as Terragrunt resolves it: absolute, or relative to the unit's folder.</summary>
    internal string Resolve(string directory, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Absolute(directory), path));

    /// <summary>An absolute path relative to the scan root with forward slashes, or null when it is outside.</summary>
    public string? Relative(string absolute)
    {
        var full = Path.GetFullPath(absolute).TrimEnd(Path.DirectorySeparatorChar);
        if (full == Root) return "";
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full[(Root.Length + 1)..].Replace('\\', '/') : null;
    }

    /// <summary>A file that says where a unit is deployed: one it reads (not includes) from its own folder or a folder
    /// above it (<c>account.hcl</c>, <c>region.hcl</c>, <c>env.hcl</c>). Values set there differ by design.</summary>
    public bool IsLocationFile(TerragruntUnit unit, string path)
    {
        if (path == unit.File.Source.Path || unit.Includes.Any(i => i.Path == path) || !_files.ContainsKey(path)) return false;
        var folder = Discovery.RelativePaths.Folder(path);
        return folder.Length == 0 || unit.Directory == folder || unit.Directory.StartsWith(folder + "/", StringComparison.Ordinal);
    }

    /// <summary>A path for messages: relative to the scan root (also when outside it), never the machine's absolute
    /// path, which would differ between machines and leak into reports.</summary>
    public string Display(string directory, string path) =>
        Path.GetRelativePath(Root, Resolve(directory, path)).Replace('\\', '/');

    internal TerragruntFile? FileAt(string relative) => _files.GetValueOrDefault(relative);

    /// <summary><c>find_in_parent_folders</c>: the nearest <paramref name="name"/> in a folder above <paramref name="directory"/>.</summary>
    internal string? FindInParentFolders(string directory, string name)
    {
        var current = directory;
        while (current.Length > 0)
        {
            current = Discovery.RelativePaths.Folder(current);
            var candidate = Discovery.RelativePaths.Combine(current, name);
            if (candidate is null) return null;
            if (_files.ContainsKey(candidate) || File.Exists(Absolute(candidate)) || Directory.Exists(Absolute(candidate))) return candidate;
        }
        return null;
    }

    /// <summary><c>read_terragrunt_config</c>: the file evaluated in its own folder, once.</summary>
    internal TerragruntConfig? Read(string relative)
    {
        if (_read.TryGetValue(relative, out var cached)) return cached;
        if (FileAt(relative) is not { } file) return null;
        MarkUsed(file);
        var config = new TerragruntConfig(this, file, file.Directory, null, readsIncludes: false);
        _read[relative] = config;
        return config;
    }

    internal void MarkUsed(TerragruntFile file) => _used.Add(file.Source.Path);

    internal void Note(Location location, string message, LogicalLocation? logical = null)
    {
        if (_noted.Add($"{location.Path}:{location.Span.StartOffset}:{message}")) _notes.Add(new TerraformNote(location, message, logical));
    }
}
