using System.CommandLine;
using IacLint.Configuration;
using IacLint.Drift;
using IacLint.Environments;
using IacLint.Findings;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint diff [PATH] [--from staging --to production] [--family …] [--format console|markdown|json] [--fail-on LEVEL]</c>.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var command = new Command("diff", "Compare two environments side by side: what is missing, extra, weaker or different in the later one.");
        var arguments = new ScanArguments();
        arguments.AddTo(command, withBaseline: false);
        var from = new Option<string>("--from") { Description = "Earlier environment (prod, stage, qa … are understood).", DefaultValueFactory = _ => "staging" };
        var to = new Option<string>("--to") { Description = "Later environment.", DefaultValueFactory = _ => "production" };
        var family = new Option<string[]>("--family") { Description = "appsettings, terraform, terragrunt, kubernetes or config (repeatable). Default: all." };
        var format = new Option<string>("--format", "-f") { Description = "console, markdown or json.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "markdown", "json");
        var hideExpected = new Option<bool>("--hide-expected") { Description = "Leave out differences declared as expected." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest level of difference that makes the exit code 1: error (production weaker), warning (missing in the later environment, version ahead), note (any) or none.",
            DefaultValueFactory = _ => "none",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(family);
        command.Options.Add(format);
        command.Options.Add(hideExpected);
        command.Options.Add(failOn);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var families = new HashSet<DriftFamily>();
            foreach (var name in parseResult.GetValue(family) ?? [])
            {
                var known = Enum.GetValues<DriftFamily>().FirstOrDefault(f => DiffWriter.FamilyName(f) == name.ToLowerInvariant(), (DriftFamily)(-1));
                if ((int)known < 0) throw new UsageException($"Unknown family '{name}'; use appsettings, terraform, terragrunt, kubernetes or config.");
                families.Add(known);
            }
            var (earlier, later) = (parseResult.GetValue(from)!, parseResult.GetValue(to)!);
            var result = arguments.Scan(parseResult, options => options with { CompareChain = [earlier, later] });
            if (result is null) return ExitCode.UsageError;
            var names = new EnvironmentNames(result.Config.EnvironmentAliases);
            var found = result.Drift.Environments ?? [];
            foreach (var (option, asked) in new[] { ("--from", earlier), ("--to", later) })
            {
                if (found.Contains(names.Normalize(asked))) continue;
                var suggestion = Spelling.Nearest(asked, found) is { } nearest ? $" Did you mean '{nearest}'?" : "";
                throw new UsageException(found.Count == 0
                    ? $"{option} {asked}: no environments were found (appsettings.ENV.json, envs/ENV, overlays/ENV, ENV.tfvars, values-ENV.yaml …)."
                    : $"{option} {asked}: no such environment; found: {string.Join(", ", found)}.{suggestion}");
            }
            var shown = families.Count > 0 ? families : null;
            DiffWriter.Write(result.Drift, parseResult.GetValue(format)!, Console.Out, shown, !parseResult.GetValue(hideExpected));
            LevelNames.TryParse(parseResult.GetValue(failOn)!, out var threshold);
            if (threshold == Level.None) return ExitCode.Clean;
            var levels = result.Rules.ToDictionary(r => r.Id, r => r.DefaultLevel, StringComparer.Ordinal);
            var failing = result.Drift.Differences.Any(d => !d.Expected && (shown is null || shown.Contains(d.Family)) &&
                levels.GetValueOrDefault(DriftAnalyzer.RuleFor(d).Descriptor.Id, Level.None) >= threshold);
            return failing ? ExitCode.Findings : ExitCode.Clean;
        }));
        return command;
    }
}
