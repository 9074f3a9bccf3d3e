using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Terragrunt;

/// <summary>
/// One Terragrunt file evaluated in the context of one unit, as Terragrunt evaluates it: an included file sees the
/// including unit's folder as <c>get_terragrunt_dir()</c> and its own as <c>get_parent_terragrunt_dir()</c>; a file read
/// with <c>read_terragrunt_config</c> is evaluated in its own folder. Resolves <c>local</c>, <c>include</c>,
/// <c>dependency</c> and <c>feature</c>, each evaluated on demand, once.
/// </summary>
public sealed class TerragruntConfig : IReferenceResolver
{
    private readonly Dictionary<string, HclAttribute> _localDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TfValue> _locals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    private List<(TerragruntInclude Include, TerragruntConfig? Config)>? _includes;
    private TfObject? _exposed;

    internal TerragruntConfig(TerragruntProject project, TerragruntFile file, string terragruntDirectory, string? includeDirectory, bool readsIncludes)
    {
        Project = project;
        File = file;
        TerragruntDirectory = terragruntDirectory;
        IncludeDirectory = includeDirectory;
        ReadsIncludes = readsIncludes;
        foreach (var block in file.Body.BlocksOfType("locals"))
        {
            foreach (var attribute in block.Body.Attributes) _localDefinitions.TryAdd(attribute.Name, attribute);
        }
        Functions = new FunctionRegistry(project.Root, project.Absolute(terragruntDirectory));
        TerragruntFunctions.Register(Functions, this);
        Evaluator = new Evaluator(Functions);
        Scope = EvalScope.Root(this);
    }

    public TerragruntProject Project { get; }

    public TerragruntFile File { get; }

    /// <summary>The unit's folder (relative to the scan root): what <c>get_terragrunt_dir()</c> returns.</summary>
    public string TerragruntDirectory { get; }

    /// <summary>The folder of this file when it is evaluated as an include of a unit.</summary>
    public string? IncludeDirectory { get; }

    private bool ReadsIncludes { get; }

    public FunctionRegistry Functions { get; }

    public Evaluator Evaluator { get; }

    public EvalScope Scope { get; }

    public TfValue Evaluate(HclExpression expression) => Evaluator.EvaluateOrUnknown(expression, Scope);

    /// <summary>The unit's include blocks with the configuration each names (null when it cannot be found).</summary>
    public IReadOnlyList<(TerragruntInclude Include, TerragruntConfig? Config)> Includes
    {
        get
        {
            if (_includes is not null) return _includes;
            _includes = [];
            if (!ReadsIncludes) return _includes;
            foreach (var block in File.Body.BlocksOfType("include"))
            {
                // JSON syntax cannot tell a label from an attribute: a bare include without a path whose attributes
                // are objects is the named form ({"include": {"root": {"path": …}}}).
                if (block.Labels.Count == 0 && block.Body.Attribute("path") is null && block.Body.Attributes.Count > 0 &&
                    block.Body.Attributes.All(a => a.Value is HclObject))
                {
                    foreach (var named in block.Body.Attributes)
                    {
                        var obj = (HclObject)named.Value;
                        AddInclude(named.Name, key => Item(obj, key), named.NameSpan);
                    }
                    continue;
                }
                AddInclude(block.Labels.Count > 0 ? block.Labels[0].Value : "", key => block.Body.Attribute(key)?.Value, block.HeaderSpan);
            }
            return _includes;
        }
    }

    private void AddInclude(string name, Func<string, HclExpression?> setting, SourceSpan header)
    {
        var expose = setting("expose") is { } e && Evaluate(e) is TfBool { Value: true };
        var strategy = setting("merge_strategy") is { } m && Evaluate(m) is TfString s ? s.Value : "shallow";
        var pathExpression = setting("path");
        var pathValue = pathExpression is null ? new TfUnknown("the include has no path") : Evaluate(pathExpression);
        string? relative = null;
        TerragruntConfig? config = null;
        var at = File.At(pathExpression?.Span ?? header);
        if (pathValue is TfString path)
        {
            relative = Project.Relative(Project.Resolve(TerragruntDirectory, path.Value));
            var target = relative is null ? null : Project.FileAt(relative);
            if (target is null)
            {
                Project.Note(at, $"The included file \"{Project.Display(TerragruntDirectory, path.Value)}\" is not among the scanned files; its settings are not applied to {TerragruntDirectory}.");
            }
            else
            {
                config = new TerragruntConfig(Project, target, TerragruntDirectory, target.Directory, readsIncludes: false);
                Project.MarkUsed(target);
            }
        }
        else
        {
            Project.Note(at, $"Could not evaluate the path of include \"{name}\" ({(pathValue as TfUnknown)?.Reason ?? "not a string"}); its settings are not applied.");
        }
        _includes!.Add((new TerragruntInclude(name, relative, expose, strategy, File.At(header)), config));
    }

    public TfValue? Resolve(string rootName)
    {
        switch (rootName)
        {
            case "local":
                return new TfObject(_localDefinitions.Keys.ToDictionary(k => k, Local, StringComparer.Ordinal));
            case "include":
                return new TfObject(Includes.Where(i => i.Include.Name.Length > 0).ToDictionary(i => i.Include.Name, i => IncludeValue(i.Include, i.Config), StringComparer.Ordinal));
            case "dependency":
                return Dependencies();
            case "feature":
                return new TfObject(File.Body.BlocksOfType("feature").Where(b => b.Labels.Count > 0).ToDictionary(b => b.Labels[0].Value,
                    b => (TfValue)TfObject.From([KeyValuePair.Create("value", b.Body.Attribute("default") is { } d ? Evaluate(d.Value) : TfValue.Null)]), StringComparer.Ordinal));
            case "dependencies" or "values":
                return new TfUnknown($"'{rootName}' is known only when Terragrunt runs");
        }
        return null;
    }

    public TfValue? ResolveMember(string rootName, string member) =>
        rootName == "local" ? (_localDefinitions.ContainsKey(member) ? Local(member) : new TfUnknown($"local.{member} is not declared in {File.Source.Path}")) : null;

    private static TfValue IncludeValue(TerragruntInclude include, TerragruntConfig? config)
    {
        if (!include.Expose) return new TfUnknown($"include.{include.Name} is not exposed (expose = true)");
        return config is not null ? config.Exposed() : new TfUnknown($"the file of include.{include.Name} could not be read");
    }

    private TfValue Local(string name)
    {
        if (_locals.TryGetValue(name, out var cached)) return cached;
        if (!_evaluating.Add(name)) return new TfUnknown($"local.{name} refers to itself");
        try
        {
            var attribute = _localDefinitions[name];
            var value = Evaluate(attribute.Value);
            value = value with { Origin = value.Origin ?? File.At(attribute.Value.Span) };
            _locals[name] = value;
            return value;
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    /// <summary><c>dependency.NAME.outputs</c>: the block's <c>mock_outputs</c> when set, else unknown (they exist only
    /// after the other unit is applied). Dependency blocks of included files are visible too.</summary>
    private TfObject Dependencies()
    {
        var result = new Dictionary<string, TfValue>(StringComparer.Ordinal);
        foreach (var config in Includes.Select(i => i.Config).OfType<TerragruntConfig>().Append(this))
        {
            foreach (var block in config.File.Body.BlocksOfType("dependency").Where(b => b.Labels.Count > 0))
            {
                var name = block.Labels[0].Value;
                var configPath = block.Body.Attribute("config_path") is { } c ? config.Evaluate(c.Value) : TfValue.Null;
                var outputs = block.Body.Attribute("mock_outputs") is { } mock
                    ? config.Evaluate(mock.Value)
                    : new TfUnknown($"dependency.{name} outputs are known only after {(configPath is TfString p ? p.Value : "its unit")} is applied (no mock_outputs)");
                result[name] = TfObject.From([
                    KeyValuePair.Create("outputs", outputs),
                    KeyValuePair.Create("config_path", configPath),
                    KeyValuePair.Create<string, TfValue>("inputs", new TfUnknown($"dependency.{name}.inputs are not read")),
                ]);
            }
        }
        return new TfObject(result);
    }

    // ---- this file's own settings -------------------------------------------------------------------------------

    /// <summary>This file's own <c>inputs</c>, each with the line that sets it; null when the file sets none.</summary>
    public IReadOnlyList<TerragruntInput>? OwnInputs()
    {
        var attribute = File.Body.Attribute("inputs");
        if (attribute is null) return null;
        var inputs = new List<TerragruntInput>();
        if (attribute.Value is HclObject literal)
        {
            foreach (var item in literal.Items)
            {
                var key = item.KeyIsBareIdentifier && item.Key is HclVariable v ? v.Name : Evaluate(item.Key) is TfString ks ? ks.Value : null;
                if (key is null) continue;
                var at = File.At(SourceSpan.Cover(item.Key.Span, item.Value.Span));
                inputs.Add(new TerragruntInput(key, Evaluate(item.Value) with { Origin = at }, at));
            }
            return inputs;
        }
        var value = Evaluate(attribute.Value);
        var whole = File.At(attribute.Span);
        if (value is TfObject obj)
        {
            foreach (var (key, inner) in obj.Attributes)
            {
                var at = inner.Origin ?? whole;
                inputs.Add(new TerragruntInput(key, inner with { Origin = at }, at));
            }
        }
        else
        {
            Project.Note(whole, $"Could not evaluate the inputs of {File.Source.Path} ({(value as TfUnknown)?.Reason ?? "not an object"}); they are not passed to the module.");
        }
        return inputs;
    }

    /// <summary>This file's own <c>terraform { source }</c>.</summary>
    public TerragruntSource? OwnSource()
    {
        var attribute = File.Body.BlocksOfType("terraform").Select(b => b.Body.Attribute("source")).LastOrDefault(a => a is not null);
        if (attribute is null) return null;
        var value = Evaluate(attribute.Value);
        return new TerragruntSource(value is TfString s ? s.Value : null, value, File.At(attribute.Value.Span));
    }

    /// <summary>This file's own <c>remote_state</c> (block or attribute).</summary>
    public TerragruntRemoteState? OwnRemoteState()
    {
        HclExpression? backendExpression = null;
        HclExpression? configExpression = null;
        SourceSpan span;
        if (File.Body.BlocksOfType("remote_state").LastOrDefault() is { } block)
        {
            backendExpression = block.Body.Attribute("backend")?.Value;
            configExpression = block.Body.Attribute("config")?.Value;
            span = block.HeaderSpan;
        }
        else if (File.Body.Attribute("remote_state") is { } attribute)
        {
            if (attribute.Value is HclObject obj)
            {
                backendExpression = Item(obj, "backend");
                configExpression = Item(obj, "config");
            }
            span = attribute.NameSpan;
        }
        else
        {
            return null;
        }
        var backend = backendExpression is null ? null : Evaluate(backendExpression) is TfString b ? b.Value : null;
        var config = configExpression is null ? null : Evaluate(configExpression) as TfObject;
        var locations = new Dictionary<string, Location>(StringComparer.Ordinal);
        if (configExpression is HclObject literal)
        {
            foreach (var item in literal.Items)
            {
                if (item.Key is HclVariable k) locations[k.Name] = File.At(SourceSpan.Cover(item.Key.Span, item.Value.Span));
                else if (item.Key is HclTemplate { IsStringLiteral: true } t) locations[t.LiteralValue!] = File.At(SourceSpan.Cover(item.Key.Span, item.Value.Span));
            }
        }
        return new TerragruntRemoteState(backend, config ?? new TfObject(new Dictionary<string, TfValue>()), File.At(span), locations);
    }

    private static HclExpression? Item(HclObject obj, string key) =>
        obj.Items.FirstOrDefault(i => i.Key is HclVariable v && v.Name == key)?.Value;

    /// <summary>What <c>read_terragrunt_config</c> and an exposed include give: the file's locals, inputs, source and
    /// remote state as one object.</summary>
    public TfObject Exposed()
    {
        if (_exposed is not null) return _exposed;
        if (!_evaluating.Add("\u0001exposed")) return new TfObject(new Dictionary<string, TfValue>());
        try
        {
            var inputs = OwnInputs();
            var source = OwnSource();
            var remote = OwnRemoteState();
            var pairs = new List<KeyValuePair<string, TfValue>>
            {
                KeyValuePair.Create<string, TfValue>("locals", new TfObject(_localDefinitions.Keys.ToDictionary(k => k, Local, StringComparer.Ordinal))),
                KeyValuePair.Create<string, TfValue>("inputs", new TfObject((inputs ?? []).GroupBy(i => i.Name).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal))),
            };
            if (source is not null) pairs.Add(KeyValuePair.Create<string, TfValue>("terraform", TfObject.From([KeyValuePair.Create("source", source.Value)])));
            if (remote is not null)
            {
                pairs.Add(KeyValuePair.Create<string, TfValue>("remote_state", TfObject.From([
                    KeyValuePair.Create<string, TfValue>("backend", remote.Backend is null ? TfValue.Null : new TfString(remote.Backend)),
                    KeyValuePair.Create<string, TfValue>("config", remote.Config),
                ])));
            }
            pairs.Add(KeyValuePair.Create<string, TfValue>("dependency", Dependencies()));
            _exposed = TfObject.From(pairs);
            return _exposed;
        }
        finally
        {
            _evaluating.Remove("\u0001exposed");
        }
    }
}
