using IacLint.Findings;
using IacLint.Rules;
using IacLint.Rules.Terraform;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;

namespace IacLint.Terraform;

/// <summary>
/// The Terraform family in a scan: builds the project from the parsed files, runs the Terraform rules, turns parse
/// diagnostics and evaluation notes into findings, and gives the suppression view of each file.
/// </summary>
public static class TerraformFamily
{
    public static (IReadOnlyList<Finding> Findings, TerraformProject? Project) Analyze(
        string root,
        IReadOnlyList<TerraformFile> files,
        IReadOnlyList<VariableFile> variableFiles,
        TerraformOptions options,
        IEnumerable<IRule> enabledRules,
        IReadOnlyList<ExternalRoot>? externalRoots = null)
    {
        var findings = new List<Finding>();
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, new Location(file.Source.Path, diagnostic.Span)));
            }
        }
        foreach (var file in variableFiles.Concat(options.VarFiles))
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, new Location(file.Source.Path, diagnostic.Span)));
            }
        }
        if (files.Count == 0) return (findings, null);

        var first = Engine.Guard.FileStart(files.Select(f => f.Source.Path).Min(StringComparer.Ordinal)!);
        var project = Engine.Guard.Run("loading and evaluating the Terraform modules", first, findings.Add,
            () => TerraformProject.Load(root, files, variableFiles, options, externalRoots), null);
        if (project is null) return (findings, null);
        foreach (var problem in project.Modules.Values.SelectMany(m => m.Problems).Concat(ModuleCallGraph.Cycles(project.Modules)))
        {
            var related = problem.First is { } declared ? new[] { new RelatedLocation(declared, "first declared here") } : null;
            findings.Add(RuleRegistry.InvalidTerraformConfiguration.Finding(problem.Message, problem.Location, related: related));
        }
        foreach (var rule in enabledRules.OfType<ITerraformRule>())
        {
            // A resource rule guards each resource itself; this catches what fails around that.
            findings.AddRange(Engine.Guard.Findings($"running {rule.Descriptor.Id} on the Terraform configuration", first, () => rule.Analyze(project)));
        }
        foreach (var note in project.Notes)
        {
            findings.Add(RuleRegistry.CouldNotEvaluate.Finding(note.Message, note.Location, note.LogicalLocation));
        }
        return (findings, project);
    }

    /// <summary>Every block and attribute is an element a suppression comment can cover; top-level blocks are what
    /// checkov's in-block comments cover.</summary>
    public static SuppressionSource SuppressionSource(TerraformFile file) => SuppressionSource(file.Source, file.Body, file.Comments);

    /// <summary>The same for any HCL file (Terragrunt's too).</summary>
    public static SuppressionSource SuppressionSource(SourceText source, HclBody fileBody, IReadOnlyList<SourceComment> comments)
    {
        var spans = new List<SourceSpan>();
        var stack = new Stack<HclBody>();
        stack.Push(fileBody);
        while (stack.Count > 0)
        {
            var body = stack.Pop();
            foreach (var attribute in body.Attributes) spans.Add(attribute.Span);
            foreach (var block in body.Blocks)
            {
                spans.Add(block.Span);
                stack.Push(block.Body);
            }
        }
        return new SuppressionSource(source, comments, spans, fileBody.Blocks.Select(b => b.Span).ToList());
    }
}
