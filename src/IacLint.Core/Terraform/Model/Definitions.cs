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

    /// <summary><c>nullable = false</c>: a null argument means "use the default".</summary>
    public bool Nullable => Block.Body.Attribute("nullable")?.Value is not HclLiteral { Kind: HclLiteralKind.Bool, Text: "false" };

    private Values.TypeConstraint? _type;

    /// <summary>The declared type, for converting given values as Terraform does.</summary>
    public Values.TypeConstraint Type => _type ??= Values.TypeConstraint.Parse(Block.Body.Attribute("type")?.Value, e => TerraformProject.EvaluateConstant(e, File));
}

public sealed record LocalDefinition(string Name, HclAttribute Attribute, SourceText File) : Definition(File);

public sealed record OutputDefinition(string Name, HclBlock Block, SourceText File) : Definition(File);

/// <param name="Mode"><c>managed</c> for resources, <c>data</c> for data sources.</param>
public sealed record ResourceDefinition(string Mode, string Type, string Name, HclBlock Block, SourceText File) : Definition(File)
{
    public string Address => Mode == "data" ? $"data.{Type}.{Name}" : $"{Type}.{Name}";

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

/// <summary>The configuration of one folder of <c>.tf</c> files.</summary>
public sealed class ModuleDefinition
{
    public ModuleDefinition(string directory, IReadOnlyList<TerraformFile> files)
    {
        Directory = directory;
        Files = files;
        foreach (var file in files)
        {
            foreach (var block in file.Body.Blocks)
            {
                switch (block.Type)
                {
                    case "variable" when block.Labels.Count == 1:
                        Variables[block.Labels[0].Value] = new VariableDefinition(block.Labels[0].Value, block, file.Source);
                        break;
                    case "locals":
                        foreach (var attribute in block.Body.Attributes) Locals[attribute.Name] = new LocalDefinition(attribute.Name, attribute, file.Source);
                        break;
                    case "output" when block.Labels.Count == 1:
                        Outputs[block.Labels[0].Value] = new OutputDefinition(block.Labels[0].Value, block, file.Source);
                        break;
                    case "resource" when block.Labels.Count == 2:
                        Resources.Add(new ResourceDefinition("managed", block.Labels[0].Value, block.Labels[1].Value, block, file.Source));
                        break;
                    case "data" when block.Labels.Count == 2:
                        Resources.Add(new ResourceDefinition("data", block.Labels[0].Value, block.Labels[1].Value, block, file.Source));
                        break;
                    case "module" when block.Labels.Count == 1:
                        ModuleCalls.Add(new ModuleCallDefinition(block.Labels[0].Value, block, file.Source));
                        break;
                    case "provider" when block.Labels.Count == 1:
                        Providers.Add((block, file.Source));
                        break;
                    case "terraform":
                        TerraformBlocks.Add((block, file.Source));
                        break;
                }
            }
        }
    }

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
