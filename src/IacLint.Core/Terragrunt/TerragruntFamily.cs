using IacLint.Environments;
using IacLint.Findings;
using IacLint.Rules;
using IacLint.Rules.Terraform.Terragrunt;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Terragrunt;

/// <summary>
/// The Terragrunt family in a scan: evaluates the units, turns each local module source into a Terraform
/// configuration (the module with the unit's inputs), reports remote sources and what could not be evaluated, and
/// runs the Terragrunt rules.
/// </summary>
public static class TerragruntFamily
{
    /// <summary>The units of the scan, or null when there is no <c>terragrunt.hcl</c> (then other <c>.hcl</c> files are
    /// not ours).</summary>
    public static TerragruntProject? Load(string root, IReadOnlyList<TerragruntFile> files, EnvironmentNames names) =>
        files.Any(f => f.IsUnit) ? TerragruntProject.Load(root, files, names) : null;

    /// <summary>The logical location of a unit's findings and drift elements: its pair key, the same in every
    /// environment.</summary>
    public static LogicalLocation Owner(TerragruntUnit unit) => new(unit.PairKey.Length == 0 ? unit.Directory : unit.PairKey, "module");

    /// <summary>Each unit whose module is a folder of the scan (a local source, or the unit's own folder when it
    /// has no source) as a root of the Terraform project.</summary>
    public static IReadOnlyList<ExternalRoot> Roots(TerragruntProject? project, IReadOnlySet<string> terraformFolders)
    {
        if (project is null) return [];
        var roots = new List<ExternalRoot>();
        foreach (var unit in project.Units)
        {
            var variables = unit.Inputs.ToDictionary(p => p.Key, p => p.Value.Value with { Origin = p.Value.Location }, StringComparer.Ordinal);
            var label = $"Terragrunt unit {unit.Directory}";
            if (unit.ModuleDirectory is { } module)
            {
                roots.Add(new ExternalRoot(unit.Directory, label, module, variables, unit.Environment, new RelatedLocation(unit.Source!.Location, $"deployed by {label}")));
            }
            else if (unit.Source is null && terraformFolders.Contains(unit.Directory))
            {
                roots.Add(new ExternalRoot(unit.Directory, label, unit.Directory, variables, unit.Environment, new RelatedLocation(unit.Location, $"deployed by {label}")));
            }
        }
        return roots;
    }

    /// <summary>The same resource address exists in every unit that deploys a module: for the comparison of
    /// environments, a finding inside a unit's module is keyed by the unit's pair key too (<c>mysql:aws_db_instance.this</c>),
    /// so a rule that passes on the staging unit and fails on the production one is production weaker.</summary>
    public static IReadOnlyList<Finding> QualifyForDrift(TerragruntProject project, IReadOnlyList<Finding> findings)
    {
        var owners = project.Units.ToDictionary(u => u.Directory, u => Owner(u).FullyQualifiedName, StringComparer.Ordinal);
        return findings.Select(f => f.Scope is { } scope && owners.TryGetValue(scope, out var owner) && f.LogicalLocation is { } logical && f.Rule.Id != RuleRegistry.CouldNotEvaluate.Descriptor.Id
            ? f with { LogicalLocation = logical with { FullyQualifiedName = $"{owner}:{logical.FullyQualifiedName}" } }
            : f).ToList();
    }

    public static IReadOnlyList<Finding> Analyze(TerragruntProject project, IEnumerable<IRule> enabledRules)
    {
        var findings = new List<Finding>();
        foreach (var rule in enabledRules.OfType<ITerragruntRule>()) findings.AddRange(rule.Analyze(project));
        foreach (var unit in project.Units)
        {
            if (unit.Source is { } source && source.Text is null)
            {
                findings.Add(RuleRegistry.CouldNotEvaluate.Finding(
                    $"Could not evaluate the terraform source of Terragrunt unit {unit.Directory} ({(source.Value as TfUnknown)?.Reason ?? "not a string"}); its module is not audited.",
                    source.Location, Owner(unit), [new RelatedLocation(unit.Location, "the unit")], unit.Environment));
            }
            else if (unit.Source is { IsRemote: false } local && unit.ModuleDirectory is null)
            {
                findings.Add(RuleRegistry.CouldNotEvaluate.Finding(
                    $"Terragrunt unit {unit.Directory} deploys \"{project.Display(unit.Directory, local.WithoutQuery!.Replace("//", "/", StringComparison.Ordinal))}\", which is outside the scanned folder; its module is not audited.",
                    local.Location, Owner(unit), [], unit.Environment));
            }
            else if (unit.Source is { IsRemote: true } remote)
            {
                // Once per unit: IacLint never fetches, so the module's resources are not audited.
                findings.Add(RuleRegistry.CouldNotEvaluate.Finding(
                    $"Terragrunt unit {unit.Directory} deploys \"{remote.Text}\", which is not local and is not fetched; its resources are not audited.",
                    remote.Location, Owner(unit), remote.Location.Path == unit.File.Source.Path ? [] : [new RelatedLocation(unit.Location, "the unit")], unit.Environment));
            }
        }
        // Evaluation notes (an include or a file not found, inputs that are not an object) and syntax errors of the
        // files the units use; other .hcl files are left alone.
        foreach (var note in project.Notes) findings.Add(RuleRegistry.CouldNotEvaluate.Finding(note.Message, note.Location, note.LogicalLocation));
        foreach (var file in project.UsedFiles)
        {
            foreach (var diagnostic in file.Diagnostics) findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, file.At(diagnostic.Span)));
        }
        return findings;
    }
}
