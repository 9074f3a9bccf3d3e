using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;

namespace IacLint.Terragrunt;

/// <summary>A parsed Terragrunt file: a unit's <c>terragrunt.hcl</c> (or <c>.hcl.json</c>), or a file units include or
/// read (<c>root.hcl</c>, <c>_envcommon/mysql.hcl</c>, <c>env.hcl</c>). Read with the project's HCL parser.</summary>
public sealed record TerragruntFile(SourceText Source, HclBody Body, IReadOnlyList<SyntaxDiagnostic> Diagnostics, IReadOnlyList<SourceComment> Comments)
{
    public string Directory => Discovery.RelativePaths.Folder(Source.Path);

    /// <summary>A unit is a folder with its own <c>terragrunt.hcl</c>; the other files are shared configuration.</summary>
    public bool IsUnit => Path.GetFileName(Source.Path) is "terragrunt.hcl" or "terragrunt.hcl.json";

    public static TerragruntFile Read(SourceText source)
    {
        // Native and JSON syntax are read exactly as Terraform files are.
        var file = TerraformFile.Read(source, TerraformJsonSyntax.TerragruntBlocks);
        return new TerragruntFile(source, file.Body, file.Diagnostics, file.Comments);
    }

    public Location At(SourceSpan span) => new(Source.Path, span);
}
