using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Syntax.Json;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Model;

/// <summary>Reads <c>.tfvars</c> (HCL) and <c>.tfvars.json</c> files into values that remember the line they were set on.</summary>
public static class VariableFileReader
{
    public static VariableFile Read(SourceText source)
    {
        var values = new Dictionary<string, TfValue>(StringComparer.Ordinal);
        if (source.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var document = JsonReader.Read(source, JsonReaderOptions.Strict);
            if (document.Root is DataObject root)
            {
                foreach (var property in root.Properties)
                {
                    values[property.Name] = FromData(property.Value) with { Origin = new Location(source.Path, property.Value.Span) };
                }
            }
            var diagnostics = document.Diagnostics.ToList();
            if (document.Root is not null and not DataObject) diagnostics.Add(new SyntaxDiagnostic("A .tfvars.json file must contain an object", document.Root.Span));
            return new VariableFile(source, values, diagnostics);
        }
        var file = HclParser.Parse(source);
        var problems = file.Diagnostics.ToList();
        foreach (var attribute in file.Body.Attributes)
        {
            values[attribute.Name] = TerraformProject.EvaluateConstant(attribute.Value, source) with { Origin = new Location(source.Path, attribute.Value.Span) };
        }
        foreach (var block in file.Body.Blocks)
        {
            problems.Add(new SyntaxDiagnostic($"A variables file can only set values; the block \"{block.Type}\" is not allowed", block.TypeSpan));
        }
        return new VariableFile(source, values, problems);
    }

    private static TfValue FromData(DataNode node) => node switch
    {
        DataObject obj => TfObject.From(obj.Properties.Select(p => KeyValuePair.Create(p.Name, FromData(p.Value)))),
        DataArray array => new TfList(array.Items.Select(FromData).ToList()),
        DataScalar { Kind: ScalarKind.String } s => new TfString(s.Text ?? ""),
        DataScalar { Kind: ScalarKind.Number } n => new TfNumber(double.Parse(n.Text!, System.Globalization.CultureInfo.InvariantCulture)),
        DataScalar { Kind: ScalarKind.Boolean } b => TfValue.Bool(b.Text == "true"),
        _ => TfValue.Null,
    };
}
