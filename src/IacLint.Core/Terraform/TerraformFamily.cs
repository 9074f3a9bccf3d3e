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
        Engine.PhaseClock.Mark("Terraform modules loaded and expanded");
        foreach (var problem in project.Modules.Values.SelectMany(m => m.Problems).Concat(ModuleCallGraph.Cycles(project.Modules)))
        {
            var related = problem.First is { } declared ? new[] { new RelatedLocation(declared, "first declared here") } : null;
            findings.Add(RuleRegistry.InvalidTerraformConfiguration.Finding(problem.Message, problem.Location, related: related));
        }
        findings.AddRange(RunRules(project, enabledRules.OfType<ITerraformRule>().ToList(), first));
        foreach (var note in SummarisePerModuleCall(project.Notes))
        {
            findings.Add(RuleRegistry.CouldNotEvaluate.Finding(note.Message, note.Location, note.LogicalLocation));
        }
        return (findings, project);
    }

    /// <summary>
    /// Runs the rules on both cores with the findings in the sequential order (rule by rule, configuration by
    /// configuration). Configurations run in parallel, largest first, each running its rules in turn: configurations
    /// share no module instance, whose values are evaluated lazily and are not safe to evaluate from two threads.
    /// Rules that look at the whole project read module definitions only, so each runs beside them, at the end of the
    /// queue where it fills the wait for the last configuration.
    /// </summary>
    private static IEnumerable<Finding> RunRules(TerraformProject project, IReadOnlyList<ITerraformRule> rules, Location first)
    {
        // Made once per rule, not once per rule and configuration.
        var units = rules.Select(rule => $"running {rule.Descriptor.Id} on the Terraform configuration").ToArray();
        var configurations = project.Configurations;
        // Only what a rule found or how it failed is kept per configuration: most rule x configuration pairs find
        // nothing, and a rules x configurations table of them was megabytes alive through the whole phase.
        var outcomes = new List<(int Rule, IReadOnlyList<Finding> Findings, Exception? Failure)>?[configurations.Count];
        var projectRules = Enumerable.Range(0, rules.Count).Where(r => rules[r] is not IConfigurationRule).ToList();
        var projectParts = new IReadOnlyList<Finding>[rules.Count];
        Engine.ParallelUnits.For(configurations.Count + projectRules.Count, unit =>
        {
            if (unit >= configurations.Count)
            {
                var p = projectRules[unit - configurations.Count];
                projectParts[p] = Engine.Guard.Findings(units[p], first, () => rules[p].Analyze(project));
                return;
            }
            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r] is not IConfigurationRule rule) continue;
                var (found, failure) = Engine.Guard.Attempt(units[r], (Rule: rule, Configuration: configurations[unit]), static s => s.Rule.Analyze(s.Configuration));
                if (found.Count > 0 || failure is not null) (outcomes[unit] ??= []).Add((r, found, failure));
            }
        }, unit => unit < configurations.Count ? configurations[unit].Resources.Count : 0);
        // Per rule, in configuration order.
        var perRule = new List<(IReadOnlyList<Finding> Findings, Exception? Failure)>?[rules.Count];
        foreach (var outcome in outcomes)
        {
            foreach (var (r, found, failure) in outcome ?? []) (perRule[r] ??= []).Add((found, failure));
        }
        var findings = new List<Finding>();
        for (var r = 0; r < rules.Count; r++)
        {
            if (rules[r] is not IConfigurationRule)
            {
                findings.AddRange(projectParts[r]);
                continue;
            }
            // A resource rule guards each resource itself; this catches what fails around that, once per rule.
            var failure = perRule[r]?.Select(p => p.Failure).FirstOrDefault(f => f is not null);
            if (failure is not null)
            {
                findings.Add(Engine.Guard.InternalError(units[r], first, failure));
                continue;
            }
            foreach (var (found, _) in perRule[r] ?? []) findings.AddRange(found);
        }
        return findings;
    }

    private const string UnknownExpansion = "Could not evaluate the count or for_each of ";

    /// <summary>
    /// Resources inside a module call whose count or for_each is unknown (usually because an input of the call is
    /// known only after apply) are one note per module call, not one per resource and instance: a single unknown
    /// input otherwise makes hundreds of notes that say the same thing.
    /// </summary>
    internal static IEnumerable<TerraformNote> SummarisePerModuleCall(IEnumerable<TerraformNote> notes)
    {
        var perCall = new Dictionary<string, List<TerraformNote>>(StringComparer.Ordinal);
        var order = new List<object>();
        foreach (var note in notes)
        {
            var call = note.Message.StartsWith(UnknownExpansion, StringComparison.Ordinal) && note.LogicalLocation is { } logical
                ? ModuleCallOf(logical.FullyQualifiedName)
                : null;
            if (call is null)
            {
                order.Add(note);
                continue;
            }
            if (!perCall.TryGetValue(call, out var group))
            {
                perCall[call] = group = [];
                order.Add(call);
            }
            group.Add(note);
        }
        foreach (var item in order)
        {
            if (item is TerraformNote single)
            {
                yield return single;
                continue;
            }
            var call = (string)item;
            // Instances of one resource share its place and are noted in any order (roots and rules run in parallel):
            // the message breaks the tie, so the example named is the same on every run.
            var group = perCall[call].OrderBy(n => n.Location.Path, StringComparer.Ordinal).ThenBy(n => n.Location.Span.StartOffset)
                .ThenBy(n => n.Message, StringComparer.Ordinal).ToList();
            if (group.Count == 1)
            {
                yield return group[0];
                continue;
            }
            var first = group[0].Message[UnknownExpansion.Length..];
            var end = first.LastIndexOf("; it is audited as one instance.", StringComparison.Ordinal);
            if (end > 0) first = first[..end];
            yield return new TerraformNote(group[0].Location,
                $"{UnknownExpansion}{group.Count} resources in {call}, for example {first}; each is audited as one instance.",
                new LogicalLocation(call, "module"));
        }
    }

    /// <summary>The innermost module call of a resource address, without instance keys:
    /// <c>module.eks.module.nodes["a"].aws_iam_role.this</c> → <c>module.eks.module.nodes</c>; null at the root.</summary>
    internal static string? ModuleCallOf(string address)
    {
        var withoutKeys = new System.Text.StringBuilder(address.Length);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (depth > 0 && c == '"') inString = true;
            else if (depth == 0) withoutKeys.Append(c);
        }
        var parts = withoutKeys.ToString().Split('.');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] == "module" && (i == 0 || i % 2 == 0)) return string.Join('.', parts[..(i + 2)]);
        }
        return null;
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
