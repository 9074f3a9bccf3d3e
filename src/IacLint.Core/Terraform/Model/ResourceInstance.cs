using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Model;

/// <summary>
/// One instance of a resource: <c>aws_s3_bucket.logs</c>, <c>aws_instance.web[0]</c>,
/// <c>module.net.aws_subnet.private["a"]</c>. When its <c>count</c> or <c>for_each</c> cannot be evaluated it is still
/// audited, as one instance marked <see cref="ExpansionUnknown"/>.
/// </summary>
public sealed class ResourceInstance
{
    private TfObject? _value;

    internal ResourceInstance(ModuleInstance module, ResourceDefinition definition, TfValue? key, TfValue? eachValue, string? expansionUnknownReason)
    {
        Module = module;
        Definition = definition;
        Key = key;
        ExpansionUnknownReason = expansionUnknownReason;
        var scope = module.Scope;
        if (definition.Count is not null)
        {
            scope = scope.With("count", TfObject.From([KeyValuePair.Create("index", key ?? new TfUnknown("count.index is unknown because count is unknown"))]));
        }
        if (definition.ForEach is not null)
        {
            var unknown = new TfUnknown("each is unknown because for_each is unknown");
            scope = scope.With("each", TfObject.From([
                KeyValuePair.Create("key", key ?? unknown),
                KeyValuePair.Create("value", eachValue ?? unknown),
            ]));
        }
        Scope = scope;
        // One string each (the key's part was a string of its own, then copied).
        Address = key switch
        {
            TfNumber n => $"{module.AddressPrefix}{definition.Address}[{n}]",
            TfString s => $"{module.AddressPrefix}{definition.Address}[\"{s.Value}\"]",
            _ => expansionUnknownReason is null ? module.AddressPrefix + definition.Address : $"{module.AddressPrefix}{definition.Address}[?]",
        };
        Body = new BodyView(this, definition.Block.Body, scope, definition.File);
    }

    public ModuleInstance Module { get; }

    public ResourceDefinition Definition { get; }

    public string Type => Definition.Type;

    /// <summary>The count index (number) or for_each key (string); null for a single instance.</summary>
    public TfValue? Key { get; }

    public string Address { get; }

    public string? ExpansionUnknownReason { get; }

    public bool ExpansionUnknown => ExpansionUnknownReason is not null;

    public EvalScope Scope { get; }

    public BodyView Body { get; }

    public Location Location => Definition.HeaderLocation;

    private LogicalLocation? _logicalLocation;

    /// <summary>Made once: every finding about the instance carries it.</summary>
    public LogicalLocation LogicalLocation => _logicalLocation ??= new(Address, "resource");

    /// <summary>The configured attributes as an object that other expressions can reference; everything else is
    /// computed by the provider and so unknown.</summary>
    public TfObject AsValue()
    {
        if (_value is not null) return _value;
        var attributes = new Dictionary<string, TfValue>(Definition.Block.Body.Attributes.Count + Definition.Block.Body.Blocks.Count, StringComparer.Ordinal);
        foreach (var attribute in Definition.Block.Body.Attributes)
        {
            if (attribute.Name is "count" or "for_each" or "provider" or "depends_on" || attributes.ContainsKey(attribute.Name)) continue;
            attributes[attribute.Name] = Module.Evaluate(attribute.Value, Scope);
        }
        foreach (var group in Definition.Block.Body.Blocks.Where(b => b.Type is not ("lifecycle" or "provisioner" or "connection" or "dynamic")).GroupBy(b => b.Type))
        {
            attributes[group.Key] = new TfList(group.Select(b => (TfValue)new BodyView(this, b.Body, Scope, Definition.File).AsValue()).ToList());
        }
        _value = new TfObject(attributes) { ResourceAddress = Address };
        return _value;
    }
}

/// <summary>An attribute's evaluated value with the places a finding about it should point at.</summary>
public sealed class EvaluatedAttribute
{
    private readonly string? _path;
    private Location? _location;

    public EvaluatedAttribute(string name, TfValue value, HclAttribute syntax, Location location) : this(name, value, syntax) => _location = location;

    /// <summary>The location is made only when asked for: rules read many attributes and report on few.</summary>
    internal EvaluatedAttribute(string name, TfValue value, HclAttribute syntax, string path) : this(name, value, syntax) => _path = path;

    private EvaluatedAttribute(string name, TfValue value, HclAttribute syntax)
    {
        Name = name;
        Value = value;
        Syntax = syntax;
    }

    public string Name { get; }

    public TfValue Value { get; }

    public HclAttribute Syntax { get; }

    /// <summary>The attribute's value expression in the configuration.</summary>
    public Location Location => _location ??= new Location(_path!, Syntax.Value.Span);

    /// <summary>Where the value came from when that is elsewhere (a tfvars line, a variable default).</summary>
    public Location? Origin => Value.Origin is { } origin && origin != Location ? origin : null;
}

/// <summary>A block body (a resource's, or a nested block's) evaluated in its instance's scope.</summary>
public sealed class BodyView
{
    private readonly ResourceInstance _resource;
    private readonly HclBody _body;
    private readonly EvalScope _scope;
    private readonly SourceText _file;

    internal BodyView(ResourceInstance resource, HclBody body, EvalScope scope, SourceText file)
    {
        _resource = resource;
        _body = body;
        _scope = scope;
        _file = file;
    }

    public SourceSpan Span => _body.Span;

    public Location Location => new(_file.Path, _body.Span);

    public EvaluatedAttribute? Attribute(string name)
    {
        var attribute = _body.Attribute(name);
        if (attribute is null) return null;
        return new EvaluatedAttribute(name, _resource.Module.Evaluate(attribute.Value, _scope), attribute, _file.Path);
    }

    /// <summary>Each attribute once (a repeated name is a syntax error already reported; the first wins).</summary>
    public IEnumerable<EvaluatedAttribute> Attributes() => _body.Attributes.DistinctBy(a => a.Name, StringComparer.Ordinal).Select(a => Attribute(a.Name)!);

    /// <summary>Evaluates an expression of this body (e.g. the argument of a <c>jsonencode(...)</c> call) in its scope.</summary>
    public TfValue Evaluate(HclExpression expression) => _resource.Module.Evaluate(expression, _scope);

    /// <summary>The types of the nested blocks, written out or generated by <c>dynamic</c>, in first-seen order.</summary>
    public IEnumerable<string> BlockTypes() =>
        _body.Blocks.Select(b => b.Type == "dynamic" && b.Labels.Count == 1 ? b.Labels[0].Value : b.Type).Distinct(StringComparer.Ordinal);

    /// <summary>Nested blocks of a type: written out, generated by <c>dynamic</c> blocks, or (in JSON syntax, where a
    /// block cannot be told from a map) objects under that name.</summary>
    public IEnumerable<BlockView> Blocks(string type)
    {
        // Rules ask for blocks that are mostly absent: say so without allocating the iterator.
        var blocks = _body.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Type == type || blocks[i].Type == "dynamic") return BlocksOfType(type);
        }
        return _body.Attribute(type) is { Value: HclObject or HclTuple } ? BlocksOfType(type) : [];
    }

    private IEnumerable<BlockView> BlocksOfType(string type)
    {
        foreach (var block in _body.Blocks)
        {
            if (block.Type == type)
            {
                yield return new BlockView(new BodyView(_resource, block.Body, _scope, _file), block.Span, null);
            }
            else if (block.Type == "dynamic" && block.Labels.Count == 1 && block.Labels[0].Value == type)
            {
                foreach (var generated in ExpandDynamic(block)) yield return generated;
            }
        }
        if (_body.Attribute(type) is { Value: HclObject or HclTuple } jsonStyle && _body.Blocks.All(b => b.Type != type))
        {
            var value = _resource.Module.Evaluate(jsonStyle.Value, _scope);
            foreach (var item in value is TfList list ? list.Items : [value])
            {
                if (item is TfObject obj) yield return new BlockView(null, jsonStyle.Span, obj, new Location(_file.Path, jsonStyle.Value.Span));
            }
        }
    }

    private IEnumerable<BlockView> ExpandDynamic(HclBlock dynamic)
    {
        var forEach = dynamic.Body.Attribute("for_each");
        var content = dynamic.Body.BlocksOfType("content").FirstOrDefault();
        if (forEach is null || content is null) yield break;
        var iterator = dynamic.Body.Attribute("iterator")?.Value is HclVariable name ? name.Name : dynamic.Labels[0].Value;
        var collection = _resource.Module.Evaluate(forEach.Value, _scope);
        if (collection is TfUnknown unknown)
        {
            var scope = _scope.With(iterator, TfObject.From([KeyValuePair.Create<string, TfValue>("key", unknown), KeyValuePair.Create<string, TfValue>("value", unknown)]));
            yield return new BlockView(new BodyView(_resource, content.Body, scope, _file), dynamic.Span, null) { ExpansionUnknown = unknown.Reason };
            yield break;
        }
        IEnumerable<(TfValue Key, TfValue Value)> pairs = collection switch
        {
            TfList list => list.Items.Select((v, i) => ((TfValue)new TfNumber(i), v)),
            TfObject obj => obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((TfValue)new TfString(p.Key), p.Value)),
            _ => [],
        };
        foreach (var (key, value) in pairs)
        {
            var scope = _scope.With(iterator, TfObject.From([KeyValuePair.Create("key", key), KeyValuePair.Create("value", value)]));
            yield return new BlockView(new BodyView(_resource, content.Body, scope, _file), dynamic.Span, null);
        }
    }

    public TfObject AsValue()
    {
        var attributes = _body.Attributes;
        var pairs = new KeyValuePair<string, TfValue>[attributes.Count];
        for (var i = 0; i < pairs.Length; i++) pairs[i] = KeyValuePair.Create(attributes[i].Name, _resource.Module.Evaluate(attributes[i].Value, _scope));
        return TfObject.Own(pairs);
    }
}

/// <summary>A nested block: either configuration to evaluate (<see cref="Body"/>) or, in JSON syntax, an object value.</summary>
public sealed record BlockView(BodyView? Body, SourceSpan Span, TfObject? Value, Location? ValueLocation = null)
{
    /// <summary>Set when the block came from a dynamic block whose for_each is unknown.</summary>
    public string? ExpansionUnknown { get; init; }

    public TfValue? Get(string name) => Body is not null ? Body.Attribute(name)?.Value : Value?.Get(name);

    /// <summary>Blocks nested in this one (<c>root_block_device</c> in a launch template's <c>ebs</c>…).</summary>
    public IEnumerable<BlockView> Blocks(string type)
    {
        if (Body is not null) return Body.Blocks(type);
        var nested = Value?.Get(type);
        return (nested is TfList list ? list.Items : nested is null ? [] : [nested])
            .OfType<TfObject>().Select(o => new BlockView(null, Span, o, ValueLocation));
    }

    public EvaluatedAttribute? Attribute(string name)
    {
        if (Body is not null) return Body.Attribute(name);
        if (Value?.Get(name) is not { } value || ValueLocation is null) return null;
        return new EvaluatedAttribute(name, value, new HclAttribute(Span, name, Span, new HclInvalidExpression(Span)), ValueLocation);
    }
}
