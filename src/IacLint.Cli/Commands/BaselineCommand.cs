using System.CommandLine;
using IacLint.Reporting.Sarif;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint baseline [PATH]</c>: record today's findings so that only new ones fail later runs.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = "iaclint.baseline.sarif";

    public static Command Create()
    {
        var command = new Command("baseline", $"Write the current findings to a SARIF baseline file (default {DefaultFile}); later runs with --baseline fail only on new findings.");
        var arguments = new ScanArguments();
        arguments.AddTo(command, withBaseline: false);
        var output = new Option<string>("--output", "-o") { Description = "Baseline file to write.", DefaultValueFactory = _ => DefaultFile };
        command.Options.Add(output);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var result = arguments.Scan(parseResult);
            if (result is null) return ExitCode.UsageError;
            var path = parseResult.GetValue(output)!;
            if (!Report.Write(result, [new OutputTarget(new SarifWriter(), path)])) return ExitCode.InternalError;
            Console.WriteLine($"Baseline of {result.Findings.Count(f => !f.IsSuppressed)} findings written to {path}.");
            return ExitCode.Clean;
        }));
        return command;
    }
}
