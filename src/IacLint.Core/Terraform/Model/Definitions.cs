using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;

namespace IacLint.Terraform.Model;

/// <summary>An element of a module's configuration with the file it is written in.</summary>
public abstract record Definition(SourceText File)
{
    public Location At(SourceSpan span) => new(File.Path, span);
}

public sealed record VariableDefinition(string Name, HclBlock Block, SourceText File) : Definition(File)
{
    public HclAttribute? Default => Block.Body.Attribute("default");

    private Values.TfValue? _defaultValue;

    /// <summary>The value of <see cref="Default"/> with where it is written, evaluated once: a module instantiated
    /// thousands of times gave each instance its own copy of every default. Shared, as values are immutable; two
    /// threads racing here compute equal values.</summary>
    public Values.TfValue? DefaultValue => Default is { } d
        ? _defaultValue ??= TerraformProject.EvaluateConstant(d.Value, File) with { Origin = At(d.Value.Span) }
        : null;

    /// <summary><c>nullable = false</c>: a null argument means "use the default".</summary>
    public bool Nullable => Block.Body.Attribute("nullable")?.Value is not HclLiteral { Kind: HclLiteralKind.Bool, Text: "false" };

    private Values.TypeConstraint? _type;

    /// <summary>The declared type, for converting given values as Terraform does.</summary>
    public Values.TypeConstraint Type => _type ??= Values.TypeConstraint.Parse(Block.Body.Attribute("type")?.Value, e => TerraformProject.EvaluateConstant(e, File));
}

public sealed record LocalDefinition(string Name, HclAttribute Attribute, SourceText File) : Definition(File)
{
    private Location? _valueLocation;

    /// <summary>Where the value is written: the origin of the local's value in every instance of the module, made once.</summary>
    public Location ValueLocation => _valueLocation ??= At(Attribute.Value.Span);
}

public sealed record OutputDefinition(string Name, HclBlock Block, SourceText File) : Definition(File);

/// <param name="Mode"><c>managed</c> for resources, <c>data</c> for data sources.</param>
public sealed record ResourceDefinition(string Mode, string Type, string Name, HclBlock Block, SourceText File) : Definition(File)
{
    public string Address { get; } = Mode == "data" ? $"data.{Type}.{Name}" : $"{Type}.{Name}";

    private Location? _headerLocation;

    /// <summary>The block's type and labels: where findings about each instance point, made once for all of them.</summary>
    public Location HeaderLocation => _headerLocation ??= At(Block.HeaderSpan);

    public HclAttribute? Count => Block.Body.Attribute("count");

    public HclAttribute? ForEach => Block.Body.Attribute("for_each");

    /// <summary>The provider a resource type belongs to (the part before the first underscore).</summary>
    public string ProviderName => Type.Split('_')[0];
}

public sealed record ModuleCallDefinition(string Name, HclBlock Block, SourceText File) : Definition(File)
{
    public HclAttribute? SourceAttribute => Block.Body.Attribute("source");

    public string? Source => SourceAttribute?.Value is HclTemplate { IsStringLiteral: true } t ? t.LiteralValue : null;

    public bool IsLocal => Source is { } s && (s.StartsWith("./", StringComparison.Ordinal) || s.StartsWith("../", StringComparison.Ordinal));

    public HclAttribute? Version => Block.Body.Attribute("version");
}

/// <summary>An error <c>terraform validate</c> reports, at the offending declaration, with the first one when it is a duplicate.</summary>
public sealed record TerraformValidationError(Location Location, string Message, Location? First);

/// <summary>The configuration of one folder of <c>.tf</c> files.</summary>
public sealed class ModuleDefinition
{
    private static readonly HashSet<string> TopLevelBlockTypes = new(StringComparer.Ordinal)
    {
        "terraform", "provider", "variable", "locals", "output", "module", "resource", "data", "moved", "import", "check", "removed", "ephemeral",
    };

    public ModuleDefinition(string directory, IReadOnlyList<TerraformFile> files)
    {
        Directory = directory;
        Files = files;
        // Terraform's own validation: the second declaration is an error and the first one wins.
        var declared = new Dictionary<string, Location>(StringComparer.Ordinal);
        bool Declare(string key, Location at, string message)
        {
            if (declared.TryGetValue(key, out var first))
            {
                Problems.Add(new TerraformValidationError(at, string.Format(message, $"{first.Path}:{first.Span.StartLine}"), first));
                return false;
            }
            declared[key] = at;
            return true;
        }
        foreach (var file in files)
        {
            foreach (var block in file.Body.Blocks)
            {
                var header = new Location(file.Source.Path, block.HeaderSpan);
                var name = block.Labels.Count > 0 ? block.Labels[0].Value : "";
                switch (block.Type)
                {
                    case "variable" when block.Labels.Count == 1:
                        if (Declare("variable." + name, header, $"Duplicate variable declaration: a variable named \"{name}\" was already declared at {{0}}. Variable names must be unique within a module."))
                        {
                            Variables[name] = new VariableDefinition(name, block, file.Source);
                        }
                        break;
                    case "locals":
                        foreach (var attribute in block.Body.Attributes)
                        {
                            if (Declare("local." + attribute.Name, new Location(file.Source.Path, attribute.NameSpan),
                                    $"Duplicate local value definition: a local value named \"{attribute.Name}\" was already defined at {{0}}. Local value names must be unique within a module."))
                            {
                                Locals[attribute.Name] = new LocalDefinition(attribute.Name, attribute, file.Source);
                            }
                        }
                        break;
                    case "output" when block.Labels.Count == 1:
                        if (Declare("output." + name, header, $"Duplicate output definition: an output named \"{name}\" was already defined at {{0}}. Output names must be unique within a module."))
                        {
                            Outputs[name] = new OutputDefinition(name, block, file.Source);
                        }
                        break;
                    case "resource" or "data" when block.Labels.Count == 2:
                        var mode = block.Type == "data" ? "data" : "managed";
                        var label = block.Labels[1].Value;
                        var what = mode == "data" ? "data" : "resource";
                        if (Declare($"{what}.{name}.{label}", header,
                                $"Duplicate {what} \"{name}\" configuration: a {name} {(mode == "data" ? "data source" : "resource")} named \"{label}\" was already declared at {{0}}. {(mode == "data" ? "Data source" : "Resource")} names must be unique per type in each module."))
                        {
                            Resources.Add(new ResourceDefinition(mode, name, label, block, file.Source));
                        }
                        CheckExpansion(block, file);
                        break;
                    case "module" when block.Labels.Count == 1:
                        if (Declare("module." + name, header, $"Duplicate module call: a module call named \"{name}\" was already defined at {{0}}. Module calls must have unique names within a module."))
                        {
                            ModuleCalls.Add(new ModuleCallDefinition(name, block, file.Source));
                        }
                        CheckExpansion(block, file);
                        break;
                    case "provider" when block.Labels.Count == 1:
                        var alias = block.Body.Attribute("alias")?.Value is Syntax.Hcl.HclTemplate { IsStringLiteral: true } a ? a.LiteralValue : null;
                        if (Declare($"provider.{name}.{alias}", header, alias is null
                                ? $"Duplicate provider configuration: a default (non-aliased) provider configuration for \"{name}\" was already given at {{0}}. If multiple configurations are required, set the \"alias\" argument for alternative configurations."
                                : $"Duplicate provider configuration: a provider configuration for \"{name}\" with alias \"{alias}\" was already given at {{0}}. Each configuration for the same provider must have a distinct alias."))
                        {
                            Providers.Add((block, file.Source));
                        }
                        break;
                    case "terraform":
                        TerraformBlocks.Add((block, file.Source));
                        break;
                    default:
                        if (!TopLevelBlockTypes.Contains(block.Type))
                        {
                            Problems.Add(new TerraformValidationError(new Location(file.Source.Path, block.TypeSpan),
                                $"Unsupported block type: blocks of type \"{block.Type}\" are not expected here.", null));
                        }
                        break;
                }
            }
        }
        foreach (var resource in Resources)
        {
            var index = resource.Mode == "managed" ? _managedByType : _dataByType;
            if (!index.TryGetValue(resource.Type, out var ofType)) index[resource.Type] = ofType = [];
            ofType.Add(resource);
        }
    }

    private readonly Dictionary<string, List<ResourceDefinition>> _managedByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResourceDefinition>> _dataByType = new(StringComparer.Ordinal);

    /// <summary>The data sources of one type, in declaration order.</summary>
    public IReadOnlyList<ResourceDefinition> DataOfType(string type) => _dataByType.TryGetValue(type, out var ofType) ? ofType : [];

    /// <summary>The managed resources of one type, in declaration order: what a reference <c>TYPE.NAME</c> looks
    /// up, once per reference (a scan of every resource of the module made references cost the module's size).</summary>
    public IReadOnlyList<ResourceDefinition> ManagedOfType(string type) => _managedByType.TryGetValue(type, out var ofType) ? ofType : [];

    private void CheckExpansion(HclBlock block, TerraformFile file)
    {
        if (block.Body.Attribute("count") is not null && block.Body.Attribute("for_each") is { } forEach)
        {
            Problems.Add(new TerraformValidationError(new Location(file.Source.Path, forEach.NameSpan),
                "Invalid combination of \"count\" and \"for_each\": the \"count\" and \"for_each\" meta-arguments are mutually exclusive, only one should be used to be explicit about the number of instances to be created.",
                new Location(file.Source.Path, block.Body.Attribute("count")!.NameSpan)));
        }
    }

    /// <summary>What Terraform's validation would reject in this module (duplicates, count with for_each, unknown blocks).</summary>
    public List<TerraformValidationError> Problems { get; } = [];

    /// <summary>Relative to the scan root, forward slashes ("" for the root).</summary>
    public string Directory { get; }

    public IReadOnlyList<TerraformFile> Files { get; }

    public Dictionary<string, VariableDefinition> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LocalDefinition> Locals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OutputDefinition> Outputs { get; } = new(StringComparer.Ordinal);

    public List<ResourceDefinition> Resources { get; } = [];

    public List<ModuleCallDefinition> ModuleCalls { get; } = [];

    public List<(HclBlock Block, SourceText File)> Providers { get; } = [];

    public List<(HclBlock Block, SourceText File)> TerraformBlocks { get; } = [];

    /// <summary>Resolves a local module source relative to this folder; null when it leaves the scan root.</summary>
    public string? ResolveLocalSource(string source) => Discovery.RelativePaths.Combine(Directory, source);
}
