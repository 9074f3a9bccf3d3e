using System.Runtime.ExceptionServices;
using IacLint.AppConfig;
using IacLint.Configuration;
using IacLint.Discovery;
using IacLint.Engine;
using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Rules;
using IacLint.Syntax;
using IacLint.Terraform.Model;

namespace IacLint.Drift;

/// <summary>Collects every family's per-environment elements and runs the comparison (when its rules are on).</summary>
public static class DriftFamilies
{
    private static readonly string[] DriftRules = ["IAC6001", "IAC6002", "IAC6003", "IAC6004", "IAC6005"];

    public static (DriftResult Result, IReadOnlyList<Finding> Findings) Compare(
        IacLintConfig config,
        EnvironmentNames names,
        IReadOnlyList<AppSettingsGroup> groups,
        TerraformProject? terraform,
        Terragrunt.TerragruntProject? terragrunt,
        IReadOnlyList<VariableFile> variableFiles,
        IReadOnlyList<KubernetesObject> objects,
        IEnumerable<DataDocument> configDocuments,
        IReadOnlyList<Finding> ruleFindings,
        IReadOnlyList<IRule> enabled)
    {
        // Each family is collected on its own, side by side: a failure in one leaves the others' comparison intact.
        // Each fills snapshots of its own, merged in this order; their keys never meet (each carries its family).
        var documents = configDocuments.Where(d => d.Root is DataObject root && !IsManifest(root) && !IsKustomization(d.Source.Path)).ToList();
        var families = new List<(string Unit, Location Place, Action<Dictionary<string, EnvironmentSnapshot>, List<Finding>> Collect)>
        {
            ("collecting the appsettings drift family", Guard.FileStart(groups.FirstOrDefault()?.Files.First().Source.Path ?? "."),
                (into, _) => Snapshots.AddAppSettings(into, groups)),
        };
        if (terraform is not null)
        {
            families.Add(("collecting the Terraform drift family", Guard.FileStart(terraform.Modules.Values.First().Files[0].Source.Path),
                (into, sink) => AddTerraform(into, terraform, variableFiles, names, enabled, sink)));
        }
        families.Add(("collecting the Kubernetes drift family", Guard.FileStart(objects.FirstOrDefault()?.Source.Path ?? "."), (into, _) => Snapshots.AddKubernetes(into, objects)));
        families.Add(("collecting the configuration-file drift family", Guard.FileStart(documents.FirstOrDefault()?.Source.Path ?? "."),
            (into, _) => Snapshots.AddConfigDocuments(into, documents, names)));
        if (terragrunt is not null)
        {
            families.Add(("collecting the Terragrunt drift family", Guard.FileStart("."),
                (into, _) => Snapshots.AddTerragrunt(into, terragrunt, terraform?.Configurations.Where(c => c.Root.External is not null) ?? [])));
        }
        var collected = new (Dictionary<string, EnvironmentSnapshot> Snapshots, List<Finding> Findings)[families.Count];
        ParallelUnits.For(families.Count, i =>
        {
            collected[i] = (new Dictionary<string, EnvironmentSnapshot>(StringComparer.Ordinal), []);
            Guard.Run(families[i].Unit, families[i].Place, collected[i].Findings.Add, () => families[i].Collect(collected[i].Snapshots, collected[i].Findings));
        });
        var snapshots = new Dictionary<string, EnvironmentSnapshot>(StringComparer.Ordinal);
        var perEnvironmentFindings = new List<Finding>();
        foreach (var family in collected)
        {
            Snapshots.Merge(snapshots, family.Snapshots);
            perEnvironmentFindings.AddRange(family.Findings);
        }
        if (terragrunt is not null) ruleFindings = Terragrunt.TerragruntFamily.QualifyForDrift(terragrunt, ruleFindings);
        var chain = config.CompareChain.Select(names.Normalize).ToList();
        var (result, findings) = DriftAnalyzer.Analyze(snapshots, chain, config.ExpectedDrift, [.. ruleFindings, .. perEnvironmentFindings], names);
        var on = enabled.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        return (result, perEnvironmentFindings.Concat(findings.Where(f => on.Contains(f.Rule.Id) || !DriftRules.Contains(f.Rule.Id))).ToList());
    }

    /// <summary>Root modules whose folder names an environment; or, for a root module that is not an environment
    /// folder, its per-environment variable files (ENV.tfvars, terraform.ENV.tfvars, env/ENV.tfvars, ENV.tfvars.json)
    /// each applied to it in a separate evaluation.</summary>
    private static void AddTerraform(Dictionary<string, EnvironmentSnapshot> snapshots, TerraformProject project, IReadOnlyList<VariableFile> variableFiles,
        EnvironmentNames names, IReadOnlyList<IRule> enabled, List<Finding> perEnvironmentFindings)
    {
        var variableFilesByFolder = variableFiles.GroupBy(f => RelativePaths.Folder(f.Source.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // In configuration order: a root module that is an environment folder, or one root evaluated again with an
        // environment's variable file (File set).
        var items = new List<(TerraformConfiguration Configuration, string Environment, VariableFile? File)>();
        foreach (var configuration in project.Configurations)
        {
            if (configuration.Root.External is not null) continue; // Terragrunt units are compared by their inputs and sources
            var environment = KubernetesFamily.EnvironmentOf(configuration.Directory + "/main.tf", names);
            if (environment is not null)
            {
                items.Add((configuration, environment, null));
                continue;
            }
            // Only this root is evaluated again with the environment's file: other roots neither see the file nor
            // cost an evaluation, and drift compares this root with itself.
            foreach (var (env, file) in EnvironmentVariableFiles(variableFilesByFolder, configuration.Directory, names)) items.Add((configuration, env, file));
        }
        // The evaluations with an environment's file and their rules run on both cores, largest first (each builds its
        // own module instances, as the configurations of the project do); snapshots and findings are added in order.
        var evaluated = new (TerraformConfiguration Configuration, List<Finding> Findings, ExceptionDispatchInfo? Failure)[items.Count];
        var configurationRules = enabled.OfType<Rules.Terraform.IConfigurationRule>().ToList();
        ParallelUnits.For(items.Count, i =>
        {
            if (items[i].File is not { } file) return;
            try
            {
                var perEnvironment = project.EvaluateWith(items[i].Configuration, file);
                // The environment's own values make its configuration auditable: run the rules on it too.
                var findings = new List<Finding>();
                foreach (var rule in configurationRules)
                {
                    foreach (var finding in rule.Analyze(perEnvironment))
                    {
                        findings.Add(finding with { Environment = items[i].Environment, Message = $"{finding.Message.TrimEnd('.')} (with {file.Source.Path})." });
                    }
                }
                evaluated[i] = (perEnvironment, findings, null);
            }
            catch (Exception e) when (Guard.IsRecoverable(e))
            {
                evaluated[i] = (items[i].Configuration, [], ExceptionDispatchInfo.Capture(e));
            }
        }, i => items[i].File is null ? 0 : items[i].Configuration.Resources.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (configuration, environment, file) = items[i];
            if (file is null)
            {
                var group = Snapshots.TerraformGroup(Counterpart(configuration.Directory, names));
                Snapshots.AddTerraform(snapshots, configuration.Resources, environment, group);
                Snapshots.AddTerraformVersions(snapshots, configuration.Root.Definition, environment, group);
                continue;
            }
            // A failure stops the family where it happened, as it would have evaluating one root after another.
            evaluated[i].Failure?.Throw();
            var rootGroup = Snapshots.TerraformGroup(configuration.Directory);
            Snapshots.AddTerraform(snapshots, evaluated[i].Configuration.Resources, environment, rootGroup);
            Snapshots.AddTerraformVersions(snapshots, configuration.Root.Definition, environment, rootGroup);
            perEnvironmentFindings.AddRange(evaluated[i].Findings);
        }
    }

    /// <summary>What identifies a root module across environments: its folder with the environment's segment
    /// replaced (<c>live/prod/app</c> and <c>live/stage/app</c> are both <c>live/*/app</c>).</summary>
    private static string Counterpart(string directory, EnvironmentNames names) =>
        string.Join('/', directory.Split('/').Select(segment =>
            names.Normalize(segment) is EnvironmentNames.Production or EnvironmentNames.Staging or EnvironmentNames.Development or EnvironmentNames.Test ? "*" : segment));

    /// <summary>The scanned variable files of a root module folder (or its <c>env/</c> folder) that name an
    /// environment; the scan has read and parsed them already, with the walker's ignores applied. Looked up by
    /// folder: every root module scanning every variable file made this grow with roots x files.</summary>
    private static IEnumerable<(string Environment, VariableFile File)> EnvironmentVariableFiles(Dictionary<string, List<VariableFile>> variableFilesByFolder,
        string directory, EnvironmentNames names)
    {
        var envFolder = directory.Length == 0 ? "env" : directory + "/env";
        var candidates = variableFilesByFolder.GetValueOrDefault(directory, []).Concat(variableFilesByFolder.GetValueOrDefault(envFolder, []));
        foreach (var file in candidates.OrderBy(f => f.Source.Path, StringComparer.Ordinal))
        {
            var folder = RelativePaths.Folder(file.Source.Path);
            var name = file.Source.Path[(folder.Length == 0 ? 0 : folder.Length + 1)..];
            if (name.StartsWith("terraform.tfvars", StringComparison.Ordinal) || name.Contains(".auto.tfvars", StringComparison.Ordinal)) continue;
            var stem = name[..name.IndexOf(".tfvars", StringComparison.Ordinal)];
            if (stem.StartsWith("terraform.", StringComparison.Ordinal)) stem = stem["terraform.".Length..];
            var environment = names.Normalize(stem);
            if (environment is not (EnvironmentNames.Production or EnvironmentNames.Staging or EnvironmentNames.Development or EnvironmentNames.Test)) continue;
            yield return (environment, file);
        }
    }

    private static bool IsManifest(DataObject root) => root.Find("apiVersion") is not null && root.Find("kind") is not null;

    private static bool IsKustomization(string path) => Kubernetes.Kustomize.KustomizeBuilder.IsKustomization(path);
}
