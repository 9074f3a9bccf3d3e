using System.Collections.Concurrent;
using IacLint.AppConfig;
using IacLint.Configuration;
using IacLint.Discovery;
using IacLint.Environments;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Drift;
using IacLint.Rules;
using IacLint.Syntax;
using IacLint.Terraform;
using IacLint.Terraform.Model;
using IacLint.Terragrunt;

namespace IacLint.Engine;

/// <summary>
/// The one entry point of the engine: options in, results out. Discovers files, reads them in parallel, builds each
/// family's model, runs the rules, then applies suppressions, configuration, fingerprints and the baseline.
/// </summary>
public static class Scanner
{
    public static ScanResult Scan(ScanOptions options)
    {
        var start = DateTimeOffset.UtcNow;
        var root = Path.GetFullPath(options.Root);
        // A file as target: its folder is read (a file's meaning depends on its neighbours: the base appsettings, the
        // module's other files), and only the file's own findings are reported.
        string? onlyFile = null;
        if (File.Exists(root))
        {
            onlyFile = Path.GetFileName(root);
            root = Path.GetDirectoryName(root)!;
        }
        var (config, configErrors) = LoadConfig(options, root);
        var notAuditable = onlyFile is not null && FileClassifier.Classify(onlyFile) == FileFamily.None;
        if (configErrors.Count > 0 || !Directory.Exists(root) || notAuditable)
        {
            var errors = configErrors.ToList();
            if (!Directory.Exists(root)) errors.Add(new ConfigError(options.Root, 1, 1, $"The folder '{options.Root}' does not exist"));
            if (notAuditable) errors.Add(new ConfigError(options.Root, 1, 1, $"'{options.Root}' is not a file IacLint audits (Terraform, Kubernetes or other YAML, appsettings, JSON or TOML); give one of those or a folder"));
            return new ScanResult { Root = root, Config = config, ConfigErrors = errors, StartTime = start, EndTime = DateTimeOffset.UtcNow };
        }

        Baseline? baseline = null;
        var notifications = new List<Notification>();
        if (options.BaselinePath is not null)
        {
            (baseline, var baselineError) = Baseline.Load(options.BaselinePath, root);
            if (baselineError is not null)
            {
                return new ScanResult
                {
                    Root = root, Config = config, StartTime = start, EndTime = DateTimeOffset.UtcNow,
                    ConfigErrors = [new ConfigError(options.BaselinePath, 1, 1, baselineError)],
                };
            }
        }

        var includes = options.Include.Concat(config.Include).Select(g => Glob.Parse(g)).ToList();
        var excludes = options.Exclude.Concat(config.Exclude).Select(g => Glob.Parse(g)).ToList();
        var walk = FileWalker.Walk(root, includes, excludes);
        notifications.AddRange(walk.Notes.Select(n => new Notification(Level.Note, n.Message, n.RelativePath)));
        PhaseClock.Mark("files discovered");

        var names = new EnvironmentNames(config.EnvironmentAliases);
        var findings = new ConcurrentBag<Finding>();
        var documents = new DataDocument?[walk.Files.Count];
        var appSettings = new AppSettingsFile?[walk.Files.Count];
        var terraformFiles = new TerraformFile?[walk.Files.Count];
        var terragruntFiles = new TerragruntFile?[walk.Files.Count];
        var variableFiles = new VariableFile?[walk.Files.Count];
        var yamlFiles = new YamlFile?[walk.Files.Count];
        var configDocuments = new DataDocument?[walk.Files.Count];
        var sources = new SourceText?[walk.Files.Count];

        var notOurs = 0; // JSON files that turned out not to be manifests
        Parallel.For(0, walk.Files.Count, i =>
        {
            try
            {
                ReadFile(i);
            }
            catch (Exception e) when (Guard.IsRecoverable(e))
            {
                // A reader bug must not stop the audit of the rest of the repository.
                findings.Add(Guard.InternalError("reading this file", Guard.FileStart(walk.Files[i].RelativePath), e));
            }
        });

        void ReadFile(int i)
        {
            if (Guard.FaultInjection.Value is { } inject && inject("reading " + walk.Files[i].RelativePath)) throw new InvalidOperationException("injected fault");
            var loaded = SourceLoader.Load(walk.Files[i], options.MaxFileBytes);
            if (loaded.Problem is { } problem)
            {
                // A JSON file that may not be ours at all is not worth a complaint when it cannot be read.
                if (walk.Files[i].Family == FileFamily.Json)
                {
                    Interlocked.Increment(ref notOurs);
                    return;
                }
                findings.Add(LoadProblemFinding(loaded.File, problem));
                return;
            }
            sources[i] = loaded.Text;
            switch (loaded.File.Family)
            {
                case FileFamily.AppSettings:
                    var file = AppSettingsLoader.Read(loaded.Text!, names);
                    appSettings[i] = file;
                    documents[i] = file.Document;
                    foreach (var diagnostic in file.Document.Diagnostics)
                    {
                        findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, new Location(file.Source.Path, diagnostic.Span)));
                    }
                    break;
                case FileFamily.Terraform:
                    terraformFiles[i] = TerraformFile.Read(loaded.Text!);
                    break;
                case FileFamily.Terragrunt:
                    terragruntFiles[i] = TerragruntFile.Read(loaded.Text!);
                    break;
                case FileFamily.TerraformVariables:
                    variableFiles[i] = VariableFileReader.Read(loaded.Text!);
                    break;
                case FileFamily.Yaml:
                    yamlFiles[i] = KubernetesFamily.Read(loaded.Text!);
                    break;
                case FileFamily.Json:
                    yamlFiles[i] = KubernetesFamily.ReadJsonManifest(loaded.Text!);
                    if (yamlFiles[i] is null)
                    {
                        var json = Syntax.Json.JsonReader.Read(loaded.Text!, Syntax.Json.JsonReaderOptions.DotNetConfiguration);
                        if (json.Root is DataObject data && !Reporting.ToolInfo.IsOwnReport(data)) configDocuments[i] = json;
                        else Interlocked.Increment(ref notOurs);
                    }
                    break;
                case FileFamily.Toml:
                    var toml = Syntax.Toml.TomlReader.Read(loaded.Text!);
                    configDocuments[i] = toml;
                    documents[i] = toml;
                    foreach (var diagnostic in toml.Diagnostics)
                    {
                        findings.Add(RuleRegistry.UnparsableFile.Finding(diagnostic.Message, new Location(toml.Source.Path, diagnostic.Span)));
                    }
                    break;
            }
            loaded.Text!.ReleaseText();
        }

        PhaseClock.Mark("files read and parsed");

        var enabled = RuleRegistry.All.Concat(options.AdditionalRules).Where(rule => IsEnabled(config, rule)).ToList();
        var scannedVariableFiles = variableFiles.OfType<VariableFile>().ToList();
        var scannedTerraformFiles = terraformFiles.OfType<TerraformFile>().ToList();
        var scannedTerragruntFiles = terragruntFiles.OfType<TerragruntFile>().ToList();
        // Terraform (with Terragrunt) is the largest family and shares nothing with appsettings and Kubernetes
        // manifests until drift: it runs beside them, so its sequential parts overlap their work.
        var terraformFamily = Task.Run(() =>
        {
            var terragrunt = Guard.Run("evaluating the Terragrunt units", Guard.FileStart(scannedTerragruntFiles.FirstOrDefault()?.Source.Path ?? "."), findings.Add,
                () => TerragruntFamily.Load(root, scannedTerragruntFiles, names), null);
            var terraform = TerraformFamily.Analyze(root, scannedTerraformFiles, scannedVariableFiles,
                LoadTerraformOptions(options, root, findings), enabled,
                TerragruntFamily.Roots(terragrunt, scannedTerraformFiles.Select(f => f.Directory).ToHashSet(StringComparer.Ordinal)));
            if (terragrunt is not null)
            {
                foreach (var finding in Guard.Findings("auditing the Terragrunt units", Guard.FileStart(scannedTerragruntFiles[0].Source.Path),
                    () => TerragruntFamily.Analyze(terragrunt, enabled))) findings.Add(finding);
            }
            foreach (var finding in terraform.Findings) findings.Add(finding);
            PhaseClock.Mark("Terraform and Terragrunt audited");
            return (terragrunt, terraform);
        });

        var groups = AppSettingsLoader.Group(appSettings.OfType<AppSettingsFile>());
        var appSettingsRules = enabled.OfType<IAppSettingsRule>().ToList();
        Parallel.ForEach(groups, group =>
        {
            var place = Guard.FileStart(group.Files.First().Source.Path);
            foreach (var rule in appSettingsRules)
            {
                var unit = $"running {rule.Descriptor.Id} on the appsettings files of {(group.Directory.Length == 0 ? "." : group.Directory)}";
                foreach (var finding in Guard.Findings(unit, place, () => rule.Analyze(group))) findings.Add(finding);
            }
        });

        var yaml = yamlFiles.OfType<YamlFile>().ToList();
        var firstYaml = Guard.FileStart(yaml.FirstOrDefault()?.Source.Path ?? ".");
        var (kubernetesObjects, buildNotes) = Guard.Run("loading the Kubernetes manifests", firstYaml, findings.Add,
            () => KubernetesFamily.Load(root, yaml, names, findings.Add), ([], []));
        PhaseClock.Mark("appsettings audited, Kubernetes manifests loaded");

        var (terragrunt, terraform) = terraformFamily.GetAwaiter().GetResult();
        // .hcl files no unit uses may belong to another tool: left alone, not counted as audited, said once.
        var unusedHcl = terragrunt?.UnusedFiles.Select(f => f.Source.Path).ToList() ?? scannedTerragruntFiles.Select(f => f.Source.Path).ToList();
        notOurs += unusedHcl.Count;
        if (terragrunt is not null && unusedHcl.Count > 0)
        {
            notifications.Add(new Notification(Level.Note,
                $"{unusedHcl.Count} .hcl file(s) that no Terragrunt unit includes or reads were not audited: {string.Join(", ", unusedHcl.Take(5))}{(unusedHcl.Count > 5 ? ", …" : "")}", unusedHcl[0]));
        }

        // Terraform's kubernetes_* resources are audited by the Kubernetes rules too (their drift is Terraform's).
        IReadOnlyList<KubernetesObject> declaredInTerraform = terraform.Project is { } project
            ? Guard.Run("reading Terraform's kubernetes_* resources", Guard.FileStart("."), findings.Add, () => TerraformManifests.Objects(project, names), [])
            : [];
        foreach (var finding in Guard.Findings("auditing the Kubernetes manifests", firstYaml,
            () => KubernetesFamily.Analyze(yaml, [.. kubernetesObjects, .. declaredInTerraform], buildNotes, enabled))) findings.Add(finding);
        PhaseClock.Mark("Kubernetes audited");

        var drift = Guard.Run("comparing environments", Guard.FileStart("."), findings.Add, () => DriftFamilies.Compare(options.CompareChain is { Count: >= 2 } chain ? new IacLintConfig
            {
                SourcePath = config.SourcePath, Include = config.Include, Exclude = config.Exclude, FailOn = config.FailOn, Rules = config.Rules,
                EnvironmentAliases = config.EnvironmentAliases, ExpectedDrift = config.ExpectedDrift, CompareChain = chain,
            } : config, names, groups, terraform.Project, terragrunt, scannedVariableFiles, kubernetesObjects,
            yaml.SelectMany(f => f.Documents).Concat(configDocuments.OfType<DataDocument>()), findings.ToList(), enabled),
            (Result: new DriftResult([], []), Findings: (IReadOnlyList<Finding>)[]));
        foreach (var finding in drift.Findings) findings.Add(finding);
        PhaseClock.Mark("environments compared");

        var audited = new List<(string Path, string Family)>();
        for (var i = 0; i < walk.Files.Count; i++)
        {
            string? family = walk.Files[i].Family switch
            {
                FileFamily.AppSettings => "appsettings",
                FileFamily.Terraform or FileFamily.TerraformVariables => "terraform",
                FileFamily.Yaml => "yaml",
                FileFamily.Json => yamlFiles[i] is not null ? "yaml" : configDocuments[i] is not null ? "config" : null,
                FileFamily.Toml => "config",
                _ => null,
            };
            if (family is not null) audited.Add((walk.Files[i].RelativePath, family));
        }
        // What the rules examined does not depend on what they found: it is counted beside the findings' processing.
        var coverage = Task.Run(() => CoverageCounter.Count(enabled, audited.Select(f => f.Path).ToList(), terraform.Project,
            kubernetesObjects, groups, drift.Result.Compared, d => d.Area.ToName()));

        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // Only a file with a comment that names a directive marker can suppress anything (nearly none has one); the
        // elements such comments may cover are listed on both cores.
        static bool MayHoldDirectives(IReadOnlyList<SourceComment> comments) => comments.Any(c => SuppressionDirective.MayHoldDirective(c.Text));
        var suppressionSourceMakers = documents.OfType<DataDocument>().Where(d => MayHoldDirectives(d.Comments))
            .Select(d => (Func<SuppressionSource>)(() => Suppressor.ForDocument(d)))
            .Concat(terraformFiles.OfType<TerraformFile>().Where(f => MayHoldDirectives(f.Comments))
                .Select(f => (Func<SuppressionSource>)(() => TerraformFamily.SuppressionSource(f))))
            .Concat((terragrunt?.UsedFiles ?? []).Where(f => MayHoldDirectives(f.Comments))
                .Select(f => (Func<SuppressionSource>)(() => TerraformFamily.SuppressionSource(f.Source, f.Body, f.Comments))))
            .Concat(yaml.Where(f => f.Documents.FirstOrDefault() is { } first && MayHoldDirectives(first.Comments))
                .Select(f => (Func<SuppressionSource>)(() => KubernetesFamily.SuppressionSource(f))))
            .ToArray();
        var suppressionSources = new SuppressionSource[suppressionSourceMakers.Length];
        Parallel.For(0, suppressionSourceMakers.Length, i => suppressionSources[i] = suppressionSourceMakers[i]());
        var suppressed = Suppressor.Apply(findings.ToList(), suppressionSources, today);
        var configured = suppressed
            .Where(f => IsEnabled(config, f.Rule.Id))
            .Select(f => config.Rules.TryGetValue(f.Rule.Id, out var s) && s.Level is { } level ? f with { Level = level } : f)
            .Select(f => WithoutRoot(f, root))
            .OrderBy(f => f.Location.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Span.StartLine)
            .ThenBy(f => f.Location.Span.StartColumn)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Environment ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            // Families run side by side and rules in parallel, so findings arrive in any order: these make the order
            // total where the keys above tie (instances of one place differ by configuration and address).
            .ThenBy(f => f.Scope ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.LogicalLocation?.FullyQualifiedName ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Location.Span.EndOffset)
            .ToList();
        var fingerprinted = Fingerprints.Assign(LimitPerFile(PlaceMerger.Merge(configured).ToList()));
        if (onlyFile is not null) fingerprinted = fingerprinted.Where(f => f.Location.Path == onlyFile).ToList();

        PhaseClock.Mark("suppressed, sorted, merged and fingerprinted");

        // Reports show the lines around each finding: the texts of the files that have findings are kept for them.
        var findingPaths = fingerprinted.Select(f => f.Location.Path).ToHashSet(StringComparer.Ordinal);
        var excerptSources = sources.OfType<SourceText>().Where(s => findingPaths.Contains(s.Path)).ToDictionary(s => s.Path, StringComparer.Ordinal);

        IReadOnlyList<Finding> absent = [];
        if (baseline is not null) (fingerprinted, absent) = baseline.Compare(fingerprinted);

        var (ruleCoverage, areaCoverage) = coverage.GetAwaiter().GetResult();
        var scope = new ScanScope
        {
            Git = GitHead.Read(root),
            FilesByFamily = audited.GroupBy(f => f.Family)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Environments = drift.Result.EnvironmentNames,
            DisabledRules = RuleRegistry.All.Where(r => !IsEnabled(config, r)).Select(r => r.Descriptor.Id).ToList(),
            ExpectedDrift = config.ExpectedDrift,
            ConfigFile = config.SourcePath,
            Rules = ruleCoverage,
            Areas = areaCoverage,
        };

        PhaseClock.Mark("coverage counted");
        return new ScanResult
        {
            Root = root,
            Config = config,
            Findings = fingerprinted,
            AbsentFindings = absent,
            Notifications = notifications,
            Rules = enabled.Select(r => EffectiveDescriptor(config, r.Descriptor)).ToList(),
            FilesScanned = onlyFile is not null ? 1 : walk.Files.Count - notOurs,
            Scope = scope,
            Drift = drift.Result,
            HasBaseline = baseline is not null,
            Sources = excerptSources,
            StartTime = start,
            EndTime = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>The --var-file files (read once, relative to the working directory) and --var values.</summary>
    private static TerraformOptions LoadTerraformOptions(ScanOptions options, string root, ConcurrentBag<Finding> findings)
    {
        var files = new List<VariableFile>();
        foreach (var path in options.TerraformVarFiles)
        {
            var full = Path.GetFullPath(path);
            var display = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(root, full).Replace('\\', '/') : path;
            try
            {
                files.Add(VariableFileReader.Read(new SourceText(display, File.ReadAllText(full))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                findings.Add(RuleRegistry.FileNotAudited.Finding($"Variables file could not be read: {e.Message}", new Location(display, SourceSpan.FileStart)));
            }
        }
        return new TerraformOptions { VarFiles = files, Vars = options.TerraformVars };
    }

    private static (IacLintConfig, IReadOnlyList<ConfigError>) LoadConfig(ScanOptions options, string root)
    {
        var path = options.ConfigPath ?? Path.Combine(root, IacLintConfig.FileName);
        if (options.ConfigPath is null && !File.Exists(path)) return (IacLintConfig.Default, []);
        if (options.ConfigPath is null)
        {
            // The repository's own iaclint.toml is input like any other file: never a FIFO, never a link out of the root.
            var (real, refusal) = ConfinedFiles.Resolve(root, path, IacLintConfig.FileName);
            if (real is null) return (IacLintConfig.Default, [new ConfigError(IacLintConfig.FileName, 1, 1, refusal!)]);
            if (!FileKinds.IsRegularOrUnknown(real)) return (IacLintConfig.Default, [new ConfigError(IacLintConfig.FileName, 1, 1, "iaclint.toml is not a regular file (a FIFO, socket or device) and is not opened")]);
        }
        if (!File.Exists(path)) return (IacLintConfig.Default, [new ConfigError(path, 1, 1, "Configuration file not found")]);
        var display = options.ConfigPath ?? IacLintConfig.FileName;
        var result = ConfigLoader.Load(path, display);
        return (result.Config, result.Errors);
    }

    /// <summary>Messages are relative to the scan root; a system message quoted in one (an I/O error inside an
    /// IAC0006 or IAC0003) may name the absolute path, which must not reach a report.</summary>
    private static Finding WithoutRoot(Finding finding, string root)
    {
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!finding.Message.Contains(root, StringComparison.Ordinal)) return finding;
        return finding with { Message = finding.Message.Replace(prefix, "", StringComparison.Ordinal).Replace(root, ".", StringComparison.Ordinal) };
    }

    /// <summary>Findings reported per file at most: a 1 MB line of stray characters must not become a million
    /// results and a gigabyte of SARIF.</summary>
    public const int MaxFindingsPerFile = 1000;

    /// <summary>Keeps the first <see cref="MaxFindingsPerFile"/> findings of each file (in report order) and says once,
    /// at the first one left out, how many more there are.</summary>
    private static List<Finding> LimitPerFile(IReadOnlyList<Finding> findings)
    {
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Finding>(findings.Count);
        var firstDropped = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var count = perFile[finding.Location.Path] = perFile.GetValueOrDefault(finding.Location.Path) + 1;
            if (count <= MaxFindingsPerFile) kept.Add(finding);
            else firstDropped.TryAdd(finding.Location.Path, finding);
        }
        foreach (var (path, first) in firstDropped)
        {
            kept.Add(RuleRegistry.CouldNotEvaluate.Finding(
                $"This file has more findings than the {MaxFindingsPerFile:N0} reported per file; the rest are not shown. Fix the ones above and scan again.",
                first.Location));
        }
        return kept;
    }

    private static bool IsEnabled(IacLintConfig config, IRule rule) => IsEnabled(config, rule.Descriptor.Id);

    private static bool IsEnabled(IacLintConfig config, string ruleId) =>
        !config.Rules.TryGetValue(ruleId, out var setting) || setting.Enabled;

    private static RuleDescriptor EffectiveDescriptor(IacLintConfig config, RuleDescriptor descriptor) =>
        config.Rules.TryGetValue(descriptor.Id, out var setting) && setting.Level is { } level
            ? descriptor with { DefaultLevel = level }
            : descriptor;

    private static Finding LoadProblemFinding(DiscoveredFile file, LoadProblem problem)
    {
        IRule rule = problem.Kind == LoadProblemKind.InvalidUtf8 ? RuleRegistry.UnparsableFile : RuleRegistry.FileNotAudited;
        return rule.Finding(problem.Message, new Location(file.RelativePath, problem.Span));
    }
}
