using System.CommandLine;
using IacLint.Drift;
using IacLint.Engine;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint diff [PATH] [--from staging --to production] [--family …] [--format console|markdown|json]</c>.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var command = new Command("diff", "Compare environments side by side: what is missing, extra, weaker or different in production.");
        var arguments = new ScanArguments();
        arguments.AddTo(command);
        var from = new Option<string>("--from") { Description = "Earlier environment.", DefaultValueFactory = _ => "staging" };
        var to = new Option<string>("--to") { Description = "Later environment.", DefaultValueFactory = _ => "production" };
        var family = new Option<string[]>("--family") { Description = "appsettings, terraform, terragrunt, kubernetes or config (repeatable). Default: all." };
        var format = new Option<string>("--format", "-f") { Description = "console, markdown or json.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "markdown", "json");
        var hideExpected = new Option<bool>("--hide-expected") { Description = "Leave out differences declared as expected." };
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(family);
        command.Options.Add(format);
        command.Options.Add(hideExpected);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var families = new HashSet<DriftFamily>();
            foreach (var name in parseResult.GetValue(family) ?? [])
            {
                var known = Enum.GetValues<DriftFamily>().FirstOrDefault(f => DiffWriter.FamilyName(f) == name.ToLowerInvariant(), (DriftFamily)(-1));
                if ((int)known < 0) throw new UsageException($"Unknown family '{name}'; use appsettings, terraform, terragrunt, kubernetes or config.");
                families.Add(known);
            }
            var options = arguments.ToScanOptions(parseResult) with { CompareChain = [parseResult.GetValue(from)!, parseResult.GetValue(to)!] };
            var result = Scanner.Scan(options);
            if (result.ConfigErrors.Count > 0)
            {
                foreach (var error in result.ConfigErrors) Console.Error.WriteLine(error);
                return ExitCode.UsageError;
            }
            DiffWriter.Write(result.Drift, parseResult.GetValue(format)!, Console.Out, families.Count > 0 ? families : null, !parseResult.GetValue(hideExpected));
            return ExitCode.Clean;
        }));
        return command;
    }
}
