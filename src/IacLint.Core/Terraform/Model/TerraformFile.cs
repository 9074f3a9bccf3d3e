using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Syntax.Json;

namespace IacLint.Terraform.Model;

/// <summary>A parsed <c>.tf</c> or <c>.tf.json</c> file.</summary>
public sealed record TerraformFile(SourceText Source, HclBody Body, IReadOnlyList<SyntaxDiagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments, bool IsJson)
{
    public string Directory => Discovery.RelativePaths.Folder(Source.Path);

    public static TerraformFile Read(SourceText source) => Read(source, null);

    /// <param name="jsonBlocks">For another dialect of the JSON syntax (Terragrunt's), its top-level blocks.</param>
    public static TerraformFile Read(SourceText source, IReadOnlyDictionary<string, int>? jsonBlocks)
    {
        if (source.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var document = JsonReader.Read(source, JsonReaderOptions.Strict);
            var diagnostics = new List<SyntaxDiagnostic>(document.Diagnostics);
            HclBody body;
            if (document.Root is DataObject root)
            {
                body = TerraformJsonSyntax.ToBody(source, root, diagnostics, jsonBlocks);
            }
            else
            {
                if (document.Root is not null) diagnostics.Add(new SyntaxDiagnostic("The root of a Terraform JSON file must be an object", document.Root.Span));
                body = new HclBody(SourceSpan.FileStart, [], []);
            }
            return new TerraformFile(source, body, diagnostics, [], true);
        }
        var file = HclParser.Parse(source);
        return new TerraformFile(source, file.Body, file.Diagnostics, file.Comments, false);
    }
}
