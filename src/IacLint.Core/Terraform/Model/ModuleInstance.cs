using IacLint.Findings;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Model;

/// <summary>
/// One instance of a module (the root, or <c>module.x</c>, <c>module.x[0]</c>, …) with its variable values. Resolves
/// every name its expressions can use, evaluating locals, resources and child outputs on demand, once.
/// </summary>
public sealed class ModuleInstance : IReferenceResolver
{
    private readonly Dictionary<string, TfValue> _locals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TfValue> _resourceValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluatingLocals = new(StringComparer.Ordinal);

    internal ModuleInstance(TerraformProject project, ModuleDefinition definition, string addressPrefix, ModuleInstance? parent,
        ModuleCallDefinition? call, IReadOnlyDictionary<string, TfValue> variables)
    {
        Project = project;
        Definition = definition;
        AddressPrefix = addressPrefix;
        Parent = parent;
        Call = call;
        Variables = SharedNameAttributes.Compact(variables, VariableNamesOf(definition));
        // Every instance of a configuration runs in the same working directory, on the same thread: one registry
        // (with its pattern cache) serves them all, instead of one for each of thousands of module instances.
        Functions = parent?.Functions ?? new FunctionRegistry(project.Root, WorkingDirectory, RenderTemplateFile);
        Evaluator = new Evaluator(Functions) { FunctionFailed = NoteFailedCall };
        Scope = EvalScope.Root(this);
    }

    public TerraformProject Project { get; }

    /// <summary>The instances of each resource of this module instance, expanded once (see <see cref="TerraformProject.ExpandResource"/>,
    /// which reads and writes it under its lock).</summary>
    internal Dictionary<ResourceDefinition, List<ResourceInstance>>? ExpandedResources { get; set; }

    /// <summary>Terraform's <c>path.module</c>: this module's folder relative to the root module's ("." for the root).</summary>
    public string ModulePath => _modulePath ??= Path.GetRelativePath(WorkingDirectory,
        Path.Combine(Project.Root, Definition.Directory.Replace('/', Path.DirectorySeparatorChar))).Replace('\\', '/');

    // Made when an expression first uses path.module: most instances never do, and the paths were several strings each.
    private string? _modulePath;

    /// <summary>Terraform runs in the root module's folder: relative paths in file() start there, and path.module is
    /// the path from there to this module's folder. (A root's own folder: its <see cref="External"/> is set only
    /// after it is made.)</summary>
    private string WorkingDirectory => Path.Combine(Project.Root, (Parent?.RootDirectory ?? Definition.Directory).Replace('/', Path.DirectorySeparatorChar));

    public ModuleDefinition Definition { get; }

    /// <summary>"" for a root module, "module.net." or "module.net[\"a\"]." for children.</summary>
    public string AddressPrefix { get; }

    public ModuleInstance? Parent { get; }

    /// <summary>The folder of the root module this instance belongs to ("" when it is the scan root): the same
    /// address can exist once per root module (envs/staging, envs/production).</summary>
    public string RootDirectory => Parent?.RootDirectory ?? External?.Name ?? Definition.Directory;

    /// <summary>The root instance of this instance's configuration.</summary>
    public ModuleInstance RootInstance => Parent?.RootInstance ?? this;

    /// <summary>Set on a root instance that a tool around Terraform deploys (a Terragrunt unit).</summary>
    public ExternalRoot? External { get; init; }

    /// <summary>The <c>module</c> block that created this instance (null for a root module).</summary>
    public ModuleCallDefinition? Call { get; }

    public IReadOnlyDictionary<string, TfValue> Variables { get; }

    /// <summary>The names of each module's variables, shared by the <see cref="Variables"/> of all its instances.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ModuleDefinition, AttributeNames> VariableNames = new();

    /// <summary>The names of a module's variables in declaration order, shared by all its instances.</summary>
    internal static AttributeNames VariableNamesOf(ModuleDefinition definition) => VariableNames.GetValue(definition, static d => new AttributeNames(d.Variables.Keys));

    public FunctionRegistry Functions { get; }

    public Evaluator Evaluator { get; }

    public EvalScope Scope { get; }

    private IReadOnlyList<RelatedLocation>? _callSites;

    /// <summary>The module call sites from the root down to this instance, outermost first; made once, as every
    /// finding about a resource of the instance relates them.</summary>
    public IEnumerable<RelatedLocation> CallSites() => _callSites ??= MakeCallSites();

    private List<RelatedLocation> MakeCallSites()
    {
        var sites = new List<RelatedLocation>();
        for (var instance = this; instance?.Call is { } call; instance = instance.Parent)
        {
            sites.Add(new RelatedLocation(call.At(call.Block.HeaderSpan),
                $"called as {instance.AddressPrefix.TrimEnd('.')}"));
        }
        if (RootInstance.External is { } external) sites.Add(external.Deployer);
        sites.Reverse();
        return sites;
    }

    public TfValue Evaluate(HclExpression expression, EvalScope? scope = null) => Evaluator.EvaluateOrUnknown(expression, scope ?? Scope);

    public TfValue? Resolve(string rootName)
    {
        switch (rootName)
        {
            case "var":
                return new TfObject(Variables);
            case "local":
                return new TfObject(Definition.Locals.Keys.ToDictionary(k => k, Local, StringComparer.Ordinal));
            case "path":
                return TfObject.From([
                    KeyValuePair.Create<string, TfValue>("module", new TfString(ModulePath)),
                    KeyValuePair.Create<string, TfValue>("root", new TfString(".")),
                    KeyValuePair.Create<string, TfValue>("cwd", new TfString(".")),
                ]);
            case "terraform":
                return TfObject.From([KeyValuePair.Create<string, TfValue>("workspace", new TfString("default"))]);
            case "module":
                return new TfObject(Definition.ModuleCalls.ToDictionary(c => c.Name, c => ModuleOutputs(c.Name), StringComparer.Ordinal));
            case "data":
                return new TfObject(Definition.Resources.Where(r => r.Mode == "data").GroupBy(r => r.Type)
                    .ToDictionary(g => g.Key, g => (TfValue)ByName(g.ToList()), StringComparer.Ordinal));
            case "count" or "each" or "self":
                return new TfUnknown($"'{rootName}' is only available inside a resource with count or for_each");
        }
        var resources = Definition.ManagedOfType(rootName);
        return resources.Count > 0 ? ByName(resources) : null;
    }

    /// <summary>The resources of one type by name. Made for every <c>data.TYPE.NAME</c> reference, so a type's usual
    /// one or two go straight into the compact form, without a Dictionary to copy from.</summary>
    private TfObject ByName(IReadOnlyList<ResourceDefinition> resources)
    {
        var pairs = new KeyValuePair<string, TfValue>[resources.Count];
        for (var i = 0; i < pairs.Length; i++) pairs[i] = KeyValuePair.Create(resources[i].Name, ResourceValue(resources[i]));
        return TfObject.Own(pairs);
    }

    public TfValue? ResolveMember(string rootName, string member)
    {
        switch (rootName)
        {
            case "var":
                return Variables.TryGetValue(member, out var value) ? value : new TfUnknown($"var.{member} is not declared");
            case "local":
                return Definition.Locals.ContainsKey(member) ? Local(member) : new TfUnknown($"local.{member} is not declared");
            case "data":
            {
                // data.TYPE: only that type's data sources, not every data source of the module (the whole "data"
                // object was built for each reference). An undeclared type falls back to that object, for its error.
                var ofType = Definition.DataOfType(member);
                return ofType.Count == 0 ? null : ByName(ofType);
            }
            case "path" when member == "module":
                // Without the whole path object for each reference (templatefile("${path.module}/…") on every resource).
                return new TfString(ModulePath);
            case "module":
                return CallNamed(member) is not null ? ModuleOutputs(member) : new TfUnknown($"module.{member} is not declared");
        }
        // Loops, not lambdas: a lambda capturing member made this method allocate its closure on every reference.
        var resources = Definition.ManagedOfType(rootName);
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i].Name == member) return ResourceValue(resources[i]);
        }
        return null;
    }

    private ModuleCallDefinition? CallNamed(string name)
    {
        foreach (var call in Definition.ModuleCalls)
        {
            if (call.Name == name) return call;
        }
        return null;
    }

    private TfValue Local(string name)
    {
        if (_locals.TryGetValue(name, out var cached)) return cached;
        // Locals have their own set: a "local." + name key was two strings made for every local of every instance.
        if (!_evaluatingLocals.Add(name)) return new TfUnknown($"local.{name} refers to itself");
        try
        {
            var local = Definition.Locals[name];
            var value = Evaluate(local.Attribute.Value);
            if (value.Origin is null) value = value with { Origin = local.ValueLocation };
            _locals[name] = value;
            return value;
        }
        finally
        {
            _evaluatingLocals.Remove(name);
        }
    }

    /// <summary>The value other expressions see for a resource: one object, a list (count) or a map (for_each).</summary>
    private TfValue ResourceValue(ResourceDefinition resource)
    {
        if (_resourceValues.TryGetValue(resource.Address, out var cached)) return cached;
        if (!_evaluating.Add(resource.Address)) return new TfUnknown($"{resource.Address} refers to itself", AddressPrefix + resource.Address);
        try
        {
            var instances = Project.ExpandResource(this, resource);
            TfValue value;
            if (resource.Mode == "data")
            {
                value = new TfUnknown($"{AddressPrefix}{resource.Address} is read at apply time", AddressPrefix + resource.Address);
            }
            else if (resource.Count is null && resource.ForEach is null)
            {
                value = instances[0].AsValue();
            }
            else if (instances.Any(i => i.ExpansionUnknown))
            {
                value = new TfUnknown($"the instances of {AddressPrefix}{resource.Address} are known only after apply", AddressPrefix + resource.Address);
            }
            else if (resource.ForEach is not null)
            {
                value = new TfObject(instances.ToDictionary(i => ((TfString)i.Key!).Value, i => (TfValue)i.AsValue(), StringComparer.Ordinal));
            }
            else
            {
                value = new TfList(instances.Select(i => i.AsValue()).ToList());
            }
            _resourceValues[resource.Address] = value;
            return value;
        }
        finally
        {
            _evaluating.Remove(resource.Address);
        }
    }

    /// <summary>The instances of a module call, created on first use (their arguments may refer to other modules).</summary>
    public IReadOnlyList<ModuleInstance> ChildrenOf(ModuleCallDefinition call)
    {
        if (_children.TryGetValue(call.Name, out var existing)) return existing;
        if (!_evaluating.Add("module." + call.Name)) return [];
        try
        {
            var created = Project.Instantiate(this, call);
            _children[call.Name] = created;
            return created;
        }
        finally
        {
            _evaluating.Remove("module." + call.Name);
        }
    }

    private readonly Dictionary<string, IReadOnlyList<ModuleInstance>> _children = new(StringComparer.Ordinal);

    /// <summary>The outputs of a module call, evaluated once: every <c>module.NAME.OUTPUT</c> reference asks for all
    /// of them. Safe to keep: they depend only on the child instances, whose variables are fixed when created.</summary>
    private TfValue ModuleOutputs(string callName)
    {
        if (_outputs.TryGetValue(callName, out var cached)) return cached;
        var call = CallNamed(callName)!;
        var children = ChildrenOf(call);
        if (children.Count == 0) return new TfUnknown($"module.{callName} was not loaded ({call.Source ?? "no source"})");
        var outputs = EvaluateOutputs(call, children);
        _outputs[callName] = outputs;
        return outputs;
    }

    private readonly Dictionary<string, TfValue> _outputs = new(StringComparer.Ordinal);

    private static TfValue EvaluateOutputs(ModuleCallDefinition call, IReadOnlyList<ModuleInstance> children)
    {
        TfObject OutputsOf(ModuleInstance child) =>
            new TfObject(child.Definition.Outputs.ToDictionary(o => o.Key, o => o.Value.Block.Body.Attribute("value") is { } v ? child.Evaluate(v.Value) : TfValue.Null, StringComparer.Ordinal));
        var forEach = call.Block.Body.Attribute("for_each") is not null;
        var count = call.Block.Body.Attribute("count") is not null;
        if (!forEach && !count) return OutputsOf(children[0]);
        if (forEach) return new TfObject(children.ToDictionary(c => c.InstanceKey!, c => (TfValue)OutputsOf(c), StringComparer.Ordinal));
        return new TfList(children.Select(c => (TfValue)OutputsOf(c)).ToList());
    }

    /// <summary>The key of this module instance when its call has count or for_each.</summary>
    internal string? InstanceKey { get; init; }

    /// <summary>A function that fails on its arguments is noted at the call (once per place), like Terraform's error.</summary>
    private void NoteFailedCall(HclFunctionCall call, string message)
    {
        // Expressions carry spans, not files: the call is in the module file whose text has its name at that offset.
        var file = Definition.Files.FirstOrDefault(f => call.NameSpan.EndOffset <= f.Source.Text.Length &&
            f.Source.Text.AsSpan(call.NameSpan.StartOffset, call.NameSpan.EndOffset - call.NameSpan.StartOffset).SequenceEqual(call.Name));
        if (file is null) return;
        Project.Note(new Location(file.Source.Path, call.Span), $"Call to {call.Name}() failed: {message}; its value is unknown and what depends on it is not audited.");
    }

    private TfValue RenderTemplateFile(string template, TfObject variables)
    {
        var (expression, diagnostics) = HclParser.ParseExpression(new Syntax.SourceText("templatefile", "<<EOT\n" + template + (template.EndsWith('\n') ? "" : "\n") + "EOT"));
        if (diagnostics.Count > 0) return new TfUnknown($"the template could not be parsed: {diagnostics[0].Message}");
        var scope = EvalScope.Root(new TemplateScope(variables));
        var value = new Evaluator(Functions).EvaluateOrUnknown(expression, scope);
        if (value is TfString s && !template.EndsWith('\n') && s.Value.EndsWith('\n')) return new TfString(s.Value[..^1]);
        return value;
    }

    private sealed class TemplateScope(TfObject variables) : IReferenceResolver
    {
        public TfValue? Resolve(string rootName) => variables.Get(rootName);
    }
}
