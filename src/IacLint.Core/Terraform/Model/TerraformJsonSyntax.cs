using IacLint.Syntax;
using IacLint.Syntax.Hcl;

namespace IacLint.Terraform.Model;

/// <summary>
/// Turns Terraform's JSON syntax (<c>.tf.json</c>) into the same body model as native syntax, using the block shapes
/// Terraform defines (resource and data: two labels; module, variable, output, provider: one). Strings are templates,
/// as in Terraform. Nested objects inside a body stay attributes, because only a provider schema could tell a block
/// from a map; rules look for both.
/// </summary>
public static class TerraformJsonSyntax
{
    private static readonly Dictionary<string, int> TopLevelLabels = new(StringComparer.Ordinal)
    {
        ["resource"] = 2, ["data"] = 2, ["module"] = 1, ["variable"] = 1, ["output"] = 1, ["provider"] = 1,
        ["locals"] = 0, ["terraform"] = 0, ["moved"] = 0, ["import"] = 0, ["check"] = 1, ["removed"] = 0,
    };

    private static readonly HashSet<string> NestedBlocks = new(StringComparer.Ordinal)
    {
        "lifecycle", "connection", "provisioner", "required_providers", "backend", "cloud", "validation",
    };

    /// <summary>Terragrunt's JSON syntax (<c>terragrunt.hcl.json</c>): its blocks and their labels; every other
    /// top-level key (<c>inputs</c>, <c>download_dir</c>, …) is an attribute.</summary>
    public static readonly IReadOnlyDictionary<string, int> TerragruntBlocks = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["locals"] = 0, ["terraform"] = 0, ["remote_state"] = 0, ["include"] = 0, ["dependency"] = 1, ["dependencies"] = 0,
        ["generate"] = 1, ["feature"] = 1, ["errors"] = 0, ["exclude"] = 0, ["catalog"] = 0, ["engine"] = 0,
    };

    /// <param name="otherBlocks">A dialect's top-level blocks (Terragrunt's); then keys it does not list are
    /// attributes. Null for Terraform, where an unknown top-level key is an error.</param>
    public static HclBody ToBody(SourceText source, DataObject root, List<SyntaxDiagnostic> diagnostics, IReadOnlyDictionary<string, int>? otherBlocks = null)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        foreach (var property in root.Properties)
        {
            if (property.Name == "//") continue;
            if (!(otherBlocks ?? TopLevelLabels).TryGetValue(property.Name, out var labels))
            {
                if (otherBlocks is not null)
                {
                    attributes.Add(new HclAttribute(property.Span, property.Name, property.NameSpan, Expression(source, property.Value, diagnostics)));
                    continue;
                }
                diagnostics.Add(new SyntaxDiagnostic($"Unsupported top-level key \"{property.Name}\" in Terraform JSON", property.NameSpan));
                continue;
            }
            AddBlocks(source, property.Name, property.NameSpan, property.Value, labels, [], blocks, diagnostics);
        }
        return new HclBody(root.Span, attributes, blocks);
    }

    private static void AddBlocks(SourceText source, string type, SourceSpan typeSpan, DataNode value, int labelsLeft, List<HclLabel> labels,
        List<HclBlock> blocks, List<SyntaxDiagnostic> diagnostics)
    {
        if (labelsLeft > 0)
        {
            if (value is not DataObject obj)
            {
                diagnostics.Add(new SyntaxDiagnostic($"\"{type}\" needs an object keyed by its labels", value.Span));
                return;
            }
            foreach (var property in obj.Properties)
            {
                AddBlocks(source, type, typeSpan, property.Value, labelsLeft - 1, [.. labels, new HclLabel(property.Name, property.NameSpan)], blocks, diagnostics);
            }
            return;
        }
        foreach (var body in value is DataArray array ? array.Items : [value])
        {
            if (body is not DataObject bodyObject)
            {
                diagnostics.Add(new SyntaxDiagnostic($"The body of \"{type}\" must be an object", body.Span));
                continue;
            }
            blocks.Add(new HclBlock(SourceSpan.Cover(typeSpan, body.Span), type, typeSpan, labels, Body(source, bodyObject, diagnostics)));
        }
    }

    private static HclBody Body(SourceText source, DataObject obj, List<SyntaxDiagnostic> diagnostics)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        foreach (var property in obj.Properties)
        {
            if (property.Name == "//") continue;
            if (NestedBlocks.Contains(property.Name) || property.Name == "dynamic")
            {
                var labelCount = property.Name is "dynamic" or "provisioner" ? 1 : 0;
                AddBlocks(source, property.Name, property.NameSpan, property.Value, labelCount, [], blocks, diagnostics);
                continue;
            }
            attributes.Add(new HclAttribute(property.Span, property.Name, property.NameSpan, Expression(source, property.Value, diagnostics)));
        }
        return new HclBody(obj.Span, attributes, blocks);
    }

    public static HclExpression Expression(SourceText source, DataNode node, List<SyntaxDiagnostic> diagnostics)
    {
        switch (node)
        {
            case DataObject obj:
                return new HclObject(obj.Span, obj.Properties.Select(p =>
                    new HclObjectItem(new HclVariable(p.NameSpan, p.Name), Expression(source, p.Value, diagnostics), true)).ToList());
            case DataArray array:
                return new HclTuple(array.Span, array.Items.Select(i => Expression(source, i, diagnostics)).ToList());
            case DataScalar { Kind: ScalarKind.String } scalar when scalar.Text!.Contains("${", StringComparison.Ordinal) || scalar.Text.Contains("%{", StringComparison.Ordinal):
            {
                // Parse the string as a template on its own; its nodes get positions inside that string.
                var (expression, templateDiagnostics) = HclParser.ParseTemplate(new SourceText(source.Path, scalar.Text));
                foreach (var d in templateDiagnostics) diagnostics.Add(d with { Span = scalar.Span });
                return expression;
            }
            case DataScalar scalar:
                return new HclLiteral(scalar.Span, scalar.Kind switch
                {
                    ScalarKind.Number => HclLiteralKind.Number,
                    ScalarKind.Boolean => HclLiteralKind.Bool,
                    ScalarKind.Null => HclLiteralKind.Null,
                    _ => HclLiteralKind.String,
                }, scalar.Text);
            default:
                return new HclInvalidExpression(node.Span);
        }
    }
}
