using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Model;

/// <summary>Something the engine could not evaluate or load, reported instead of passing over it in silence.</summary>
public sealed record TerraformNote(Location Location, string Message, LogicalLocation? LogicalLocation = null);

/// <summary>A <c>.tfvars</c> file's values, each with the place it was set.</summary>
public sealed record VariableFile(SourceText Source, IReadOnlyDictionary<string, TfValue> Values, IReadOnlyList<SyntaxDiagnostic> Diagnostics);

/// <summary>Extra variable values for every root module, like Terraform's <c>-var-file</c> and <c>-var</c>.</summary>
public sealed record TerraformOptions
{
    public IReadOnlyList<VariableFile> VarFiles { get; init; } = [];

    public IReadOnlyDictionary<string, string> Vars { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Every module of the scanned tree, the root modules (folders no other scanned module calls), their instances with
/// local child modules loaded and bound, and every resource instance after count and for_each.
/// </summary>
public sealed class TerraformProject
{
    private const int MaxModuleDepth = 16;
    private const int MaxInstances = 1000;

    /// <summary>Module instances in the whole scan: a module tree where each level calls the next twice grows
    /// exponentially, so the total work is bounded, and reaching the bound is noted at the call. The bound grows with
    /// the module folders scanned, so work stays linear in the input while a large repository (a real one uses two or
    /// three instances per module folder) is audited whole and loaded once, not again one root at a time.</summary>
    private const int MinModuleInstances = 2000, ModuleInstancesPerModule = 10;

    private int MaxModuleInstances => MinModuleInstances + ModuleInstancesPerModule * Modules.Count;

    private int _moduleInstances;

    private bool _moduleBoundReached;

    private readonly Lock _moduleInstancesLock = new();

    // Rules run on configurations in parallel and evaluate lazily: these are shared by every configuration, so each
    // is read and written under its own lock (configurations never share a module instance, so an expansion itself
    // is never raced).
    private readonly Lock _expandedLock = new();
    private readonly List<TerraformNote> _notes = [];
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private readonly Lock _notesLock = new();
    private Dictionary<string, List<VariableFile>> _varFilesByDirectory = [];
    private TerraformOptions _options = new();

    private TerraformProject(string root, IReadOnlyDictionary<string, ModuleDefinition> modules)
    {
        Root = root;
        Modules = modules;
    }

    /// <summary>The absolute scan root.</summary>
    public string Root { get; }

    public IReadOnlyDictionary<string, ModuleDefinition> Modules { get; }

    public IReadOnlyList<ModuleInstance> RootInstances { get; private set; } = [];

    /// <summary>One configuration per root module: the unit every cross-resource lookup stays inside.</summary>
    public IReadOnlyList<TerraformConfiguration> Configurations { get; private set; } = [];

    /// <summary>Every resource instance of every configuration.</summary>
    public IReadOnlyList<ResourceInstance> Resources { get; private set; } = [];

    /// <summary>What could not be evaluated, in the order noted (parallel rules note in any order; the scan sorts its findings).</summary>
    public IReadOnlyList<TerraformNote> Notes
    {
        get
        {
            lock (_notesLock) return _notes.ToList();
        }
    }

    /// <param name="externalRoots">Modules deployed by a tool around Terraform (Terragrunt units): each is a root
    /// instance of its own, and a module used that way is not also a root on its own.</param>
    public static TerraformProject Load(string root, IEnumerable<TerraformFile> files, IEnumerable<VariableFile> variableFiles, TerraformOptions? options = null,
        IReadOnlyList<ExternalRoot>? externalRoots = null)
    {
        var fileList = files as IReadOnlyList<TerraformFile> ?? files.ToList();
        var variableFileList = variableFiles as IReadOnlyList<VariableFile> ?? variableFiles.ToList();
        var project = Load(root, fileList, variableFileList, options, externalRoots, parallel: true);
        // Which module call meets the bound on module instances depends on the order roots are loaded in: when a
        // parallel load reaches it (only a pathological tree does), the tree is loaded again one root after the other,
        // so the same calls are left out on every run.
        return project._moduleBoundReached ? Load(root, fileList, variableFileList, options, externalRoots, parallel: false) : project;
    }

    private static TerraformProject Load(string root, IReadOnlyList<TerraformFile> files, IReadOnlyList<VariableFile> variableFiles, TerraformOptions? options,
        IReadOnlyList<ExternalRoot>? externalRoots, bool parallel)
    {
        externalRoots ??= [];
        options ??= new TerraformOptions();
        var directories = files.GroupBy(f => f.Directory, StringComparer.Ordinal).ToList();
        var definitions = new ModuleDefinition[directories.Count];
        // Reading a module's declarations needs no other module.
        Parallel.For(0, directories.Count, d => definitions[d] = new ModuleDefinition(directories[d].Key, directories[d].OrderBy(f => f.Source.Path, StringComparer.Ordinal).ToList()));
        var modules = definitions.ToDictionary(m => m.Directory, StringComparer.Ordinal);
        var project = new TerraformProject(Path.GetFullPath(root), modules);
        project._varFilesByDirectory = variableFiles.GroupBy(v => Folder(v.Source.Path), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        project._options = options;

        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules.Values)
        {
            foreach (var call in module.ModuleCalls)
            {
                if (call.IsLocal && module.ResolveLocalSource(call.Source!) is { } target) called.Add(target);
            }
        }
        foreach (var external in externalRoots) called.Add(external.ModuleDirectory);

        var roots = modules.Values.Where(m => !called.Contains(m.Directory)).OrderBy(m => m.Directory, StringComparer.Ordinal)
            .Select(m => (Module: m, External: (ExternalRoot?)null)).ToList();
        foreach (var external in externalRoots)
        {
            if (!modules.TryGetValue(external.ModuleDirectory, out var module))
            {
                project.Note(external.Deployer.Location, $"{external.Label} deploys the folder \"{external.ModuleDirectory}\", which has no .tf files inside the scanned folder; it is not audited.",
                    new LogicalLocation(external.Name, "module"));
                continue;
            }
            roots.Add((module, external));
        }

        // Root modules share no module instance, so each is evaluated and expanded on its own thread, the largest first.
        var configurations = new TerraformConfiguration[roots.Count];
        void LoadRoot(int r) => configurations[r] = project.Evaluate(roots[r].Module, roots[r].External, options);
        if (parallel)
        {
            var treeSizes = new Dictionary<string, long>(StringComparer.Ordinal);
            var sizes = roots.Select(r => project.TreeSize(r.Module, treeSizes)).ToList();
            Engine.ParallelUnits.For(roots.Count, LoadRoot, r => sizes[r]);
        }
        else
        {
            for (var r = 0; r < roots.Count; r++) LoadRoot(r);
        }
        project.RootInstances = configurations.Select(c => c.Root).ToList();
        project.Configurations = configurations;
        project.Resources = configurations.SelectMany(c => c.Resources).ToList();
        return project;
    }

    /// <summary>
    /// The configuration of one root module evaluated once more with an extra variable file applied last (an
    /// environment's <c>production.tfvars</c>), like <c>terraform plan -var-file</c> in that root folder only.
    /// </summary>
    public TerraformConfiguration EvaluateWith(TerraformConfiguration configuration, VariableFile extra) =>
        Evaluate(configuration.Root.Definition, configuration.Root.External, _options with { VarFiles = [.. _options.VarFiles, extra] });

    /// <summary>A root module's configuration: its variables' values, then every resource instance of its module tree.</summary>
    private TerraformConfiguration Evaluate(ModuleDefinition module, ExternalRoot? external, TerraformOptions options)
    {
        var values = RootVariables(module, _varFilesByDirectory.GetValueOrDefault(module.Directory) ?? [], options, external?.Variables);
        var instance = new ModuleInstance(this, module, "", null, null, values) { External = external };
        var resources = new List<ResourceInstance>();
        Collect(instance, resources, 0);
        return new TerraformConfiguration(instance, resources);
    }

    /// <summary>Roughly what expanding a module costs: the source size of the module and of each local module it calls
    /// (once per call, not per instance), to start the largest roots first.</summary>
    private long TreeSize(ModuleDefinition module, Dictionary<string, long> known)
    {
        if (known.TryGetValue(module.Directory, out var size)) return size;
        known[module.Directory] = 0; // a module in a cycle counts once
        size = module.Files.Sum(f => (long)f.Source.Length);
        foreach (var call in module.ModuleCalls)
        {
            if (call.IsLocal && module.ResolveLocalSource(call.Source!) is { } directory && Modules.TryGetValue(directory, out var child))
            {
                // A module tree that calls each level twice doubles at every level: the estimate saturates instead of overflowing.
                size = long.Min(size + TreeSize(child, known), long.MaxValue / 2);
            }
        }
        return known[module.Directory] = size;
    }

    private void Collect(ModuleInstance instance, List<ResourceInstance> resources, int depth)
    {
        foreach (var resource in instance.Definition.Resources) resources.AddRange(ExpandResource(instance, resource));
        if (depth >= MaxModuleDepth) return;
        foreach (var call in instance.Definition.ModuleCalls)
        {
            foreach (var child in instance.ChildrenOf(call)) Collect(child, resources, depth + 1);
        }
    }

    /// <summary>Values of a root module's variables: defaults, then values from the environment (what a Terragrunt
    /// unit passes as TF_VAR_), then terraform.tfvars, then *.auto.tfvars in name order, then the -var-file files and
    /// -var values, later ones winning, as in Terraform.</summary>
    private static Dictionary<string, TfValue> RootVariables(ModuleDefinition module, List<VariableFile> folderFiles, TerraformOptions options,
        IReadOnlyDictionary<string, TfValue>? environmentValues)
    {
        var values = new Dictionary<string, TfValue>(StringComparer.Ordinal);
        foreach (var variable in module.Variables.Values)
        {
            values[variable.Name] = variable.DefaultValue
                ?? new TfUnknown($"var.{variable.Name} has no default and no value was given (use a tfvars file or --var)");
        }
        foreach (var (name, value) in environmentValues ?? new Dictionary<string, TfValue>())
        {
            if (module.Variables.ContainsKey(name)) values[name] = value;
        }
        static int Rank(VariableFile f)
        {
            var name = Path.GetFileName(f.Source.Path);
            return name is "terraform.tfvars" or "terraform.tfvars.json" ? 0 : name.Contains(".auto.tfvars", StringComparison.Ordinal) ? 1 : 2;
        }
        var ordered = folderFiles.Where(f => Rank(f) < 2).OrderBy(Rank).ThenBy(f => f.Source.Path, StringComparer.Ordinal).Concat(options.VarFiles);
        foreach (var file in ordered)
        {
            foreach (var (name, value) in file.Values)
            {
                if (module.Variables.ContainsKey(name)) values[name] = value;
            }
        }
        foreach (var (name, text) in options.Vars)
        {
            if (module.Variables.ContainsKey(name)) values[name] = new TfString(text);
        }
        foreach (var variable in module.Variables.Values)
        {
            values[variable.Name] = variable.Type.Convert(values[variable.Name]);
        }
        return values;
    }

    /// <summary>Evaluates an expression that may use only literals and functions (defaults, tfvars).</summary>
    public static TfValue EvaluateConstant(HclExpression expression, SourceText file) =>
        (_constants ??= new Evaluation.Evaluator(Functions.FunctionRegistry.ForConstants())).EvaluateOrUnknown(expression, NoNamesScope);

    /// <summary>One per thread (an evaluator counts its <c>try</c> nesting), reused for every default and tfvars value.</summary>
    [ThreadStatic] private static Evaluation.Evaluator? _constants;

    private static readonly Evaluation.EvalScope NoNamesScope = Evaluation.EvalScope.Root(new NoNames());

    private sealed class NoNames : Evaluation.IReferenceResolver
    {
        public TfValue? Resolve(string rootName) => null;
    }

    /// <summary>Creates the instances of a module call: none for a remote source (noted), one per count index or
    /// for_each key, with the call's arguments evaluated in the caller.</summary>
    internal IReadOnlyList<ModuleInstance> Instantiate(ModuleInstance parent, ModuleCallDefinition call)
    {
        // Only a note needs it; most calls are loaded without one.
        LogicalLocation Logical() => new(parent.AddressPrefix + "module." + call.Name, "module");
        if (!call.IsLocal)
        {
            Note(call.At(call.SourceAttribute?.Value.Span ?? call.Block.HeaderSpan),
                $"Module source \"{call.Source ?? "(not a literal)"}\" is not local and is not fetched; resources inside module.{call.Name} are not audited.", Logical());
            return [];
        }
        var directory = parent.Definition.ResolveLocalSource(call.Source!);
        if (directory is null || !Modules.TryGetValue(directory, out var definition))
        {
            Note(call.At(call.SourceAttribute!.Value.Span), $"Module source \"{call.Source}\" has no .tf files inside the scanned folder; module.{call.Name} is not audited.", Logical());
            return [];
        }
        if (AncestorUses(parent, definition))
        {
            Note(call.At(call.SourceAttribute!.Value.Span), $"module.{call.Name} calls a module that is already being loaded (a cycle); not loaded again.", Logical());
            return [];
        }

        var depth = 0;
        for (var ancestor = parent; ancestor.Parent is not null; ancestor = ancestor.Parent) depth++;
        if (depth >= MaxModuleDepth)
        {
            Note(call.At(call.Block.HeaderSpan), $"module.{call.Name} is nested {depth + 1} modules deep, more than the {MaxModuleDepth} IacLint loads; it is not audited.", Logical());
            return [];
        }
        var keys = ExpansionKeys(parent, call.Block.Body.Attribute("count"), call.Block.Body.Attribute("for_each"), call.File, parent.Scope, out var unknownReason);
        lock (_moduleInstancesLock)
        {
            if (_moduleInstances + keys.Count > MaxModuleInstances)
            {
                // Said once, where the bound was reached: every later call would repeat it.
                if (!_moduleBoundReached) Note(call.At(call.Block.HeaderSpan), $"The scan reached {MaxModuleInstances} module instances, the most IacLint evaluates; module.{call.Name} and every module instance after it are not audited.", Logical());
                _moduleBoundReached = true;
                return [];
            }
            _moduleInstances += keys.Count;
        }
        if (unknownReason is not null)
        {
            var expansion = call.Block.Body.Attribute("count") ?? call.Block.Body.Attribute("for_each");
            Note(call.At(expansion?.Value.Span ?? call.Block.HeaderSpan), $"Could not evaluate the count or for_each of module.{call.Name} ({unknownReason}); it is audited as one instance.", Logical());
        }
        var instances = new List<ModuleInstance>();
        foreach (var (key, eachValue) in keys)
        {
            var scope = parent.Scope;
            if (call.Block.Body.Attribute("count") is not null) scope = scope.With("count", TfObject.From([KeyValuePair.Create("index", key ?? new TfUnknown("count is unknown"))]));
            if (call.Block.Body.Attribute("for_each") is not null)
            {
                scope = scope.With("each", TfObject.From([
                    KeyValuePair.Create("key", key ?? new TfUnknown("for_each is unknown")),
                    KeyValuePair.Create("value", eachValue ?? new TfUnknown("for_each is unknown")),
                ]));
            }
            // Straight into the shared-names form the instance keeps (variables are declared in the names' order):
            // a Dictionary of 100+ variables grown and copied for each of thousands of instances was the largest
            // garbage of the expansion.
            var names = ModuleInstance.VariableNamesOf(definition);
            var values = new TfValue[names.Names.Length];
            var position = 0;
            foreach (var variable in definition.Variables.Values)
            {
                var argument = call.Block.Body.Attribute(variable.Name);
                TfValue? value = null;
                if (argument is not null)
                {
                    value = parent.Evaluate(argument.Value, scope);
                    if (value.Origin is null) value = value with { Origin = call.At(argument.Value.Span) };
                }
                // No argument, or a null passed to a nullable = false variable: the default applies.
                if (value is null || (value is TfNull && !variable.Nullable))
                {
                    value = variable.DefaultValue ?? value ?? new TfUnknown($"module.{call.Name} does not set the required variable {variable.Name}");
                }
                values[position++] = variable.Type.Convert(value);
            }
            var suffix = key switch
            {
                TfNumber n => $"[{n}]",
                TfString s => $"[\"{s.Value}\"]",
                _ => "",
            };
            instances.Add(new ModuleInstance(this, definition, $"{parent.AddressPrefix}module.{call.Name}{suffix}.", parent, call, SharedNameAttributes.Create(names, values))
            {
                InstanceKey = key is TfString ks ? ks.Value : key?.ToString(),
            });
        }
        return instances;
    }

    private static bool AncestorUses(ModuleInstance instance, ModuleDefinition definition)
    {
        for (var current = instance; current is not null; current = current.Parent)
        {
            if (current.Definition == definition) return true;
        }
        return false;
    }

    /// <summary>The instances of a resource, expanded once per module instance.</summary>
    internal List<ResourceInstance> ExpandResource(ModuleInstance module, ResourceDefinition resource)
    {
        var placeholder = new List<ResourceInstance>();
        lock (_expandedLock)
        {
            // Kept by each module instance, sized for its module's resources: one project-wide dictionary keyed by
            // (instance, address) grew through every size up to all the resources of the scan.
            var expanded = module.ExpandedResources ??= new(module.Definition.Resources.Count, ReferenceEqualityComparer.Instance);
            if (expanded.TryGetValue(resource, out var existing)) return existing;
            expanded[resource] = placeholder;
        }
        var keys = ExpansionKeys(module, resource.Count, resource.ForEach, resource.File, module.Scope, out var unknownReason);
        if (unknownReason is not null)
        {
            Note(resource.At((resource.Count ?? resource.ForEach)?.Value.Span ?? resource.Block.HeaderSpan),
                $"Could not evaluate the count or for_each of {module.AddressPrefix}{resource.Address} ({unknownReason}); it is audited as one instance.",
                new LogicalLocation(module.AddressPrefix + resource.Address, "resource"));
        }
        foreach (var (key, value) in keys) placeholder.Add(new ResourceInstance(module, resource, key, value, unknownReason));
        return placeholder;
    }

    private List<(TfValue? Key, TfValue? Value)> ExpansionKeys(ModuleInstance module, HclAttribute? count, HclAttribute? forEach, SourceText file, Evaluation.EvalScope scope, out string? unknownReason)
    {
        unknownReason = null;
        if (count is not null)
        {
            var value = module.Evaluate(count.Value, scope);
            if (value is TfUnknown u)
            {
                unknownReason = u.Reason;
                return [(null, null)];
            }
            if (!TfConvert.TryNumber(value, out var n) || n < 0)
            {
                unknownReason = $"count is {value.TypeName}, not a whole number";
                return [(null, null)];
            }
            if (n > MaxInstances) NoteTruncated(file, count, $"count = {n}");
            return Enumerable.Range(0, (int)Math.Min(n, MaxInstances)).Select(i => ((TfValue?)new TfNumber(i), (TfValue?)null)).ToList();
        }
        if (forEach is not null)
        {
            var value = module.Evaluate(forEach.Value, scope);
            switch (value)
            {
                case TfUnknown u:
                    unknownReason = u.Reason;
                    return [(null, null)];
                case TfObject obj:
                    if (obj.Attributes.Count > MaxInstances) NoteTruncated(file, forEach, $"for_each has {obj.Attributes.Count} keys");
                    return obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Take(MaxInstances)
                        .Select(p => ((TfValue?)new TfString(p.Key), (TfValue?)p.Value)).ToList();
                case TfList list when list.Items.All(i => i is TfString):
                    if (list.Items.Count > MaxInstances) NoteTruncated(file, forEach, $"for_each has {list.Items.Count} elements");
                    return list.Items.Cast<TfString>().DistinctBy(s => s.Value).OrderBy(s => s.Value, StringComparer.Ordinal).Take(MaxInstances)
                        .Select(s => ((TfValue?)s, (TfValue?)s)).ToList();
                case TfList list when list.Items.Any(i => i is TfUnknown):
                    unknownReason = "some for_each keys are known only after apply";
                    return [(null, null)];
                default:
                    unknownReason = $"for_each must be a map or a set of strings, not {value.TypeName}";
                    return [(null, null)];
            }
        }
        return [(null, null)];
    }

    private void NoteTruncated(Syntax.SourceText file, HclAttribute expansion, string what) =>
        Note(new Location(file.Path, expansion.Value.Span), $"{what}, more than the {MaxInstances} instances IacLint evaluates; only the first {MaxInstances} are audited.");

    internal void Note(Location location, string message, LogicalLocation? logical = null)
    {
        lock (_notesLock)
        {
            if (_noted.Add($"{location.Path}:{location.Span.StartOffset}:{message}")) _notes.Add(new TerraformNote(location, message, logical));
        }
    }

    private static string Folder(string path) => Discovery.RelativePaths.Folder(path);
}
