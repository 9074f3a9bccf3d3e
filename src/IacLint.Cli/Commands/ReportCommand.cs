using System.CommandLine;
using IacLint.Reporting.Sarif;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint report FILE.sarif -f html -o report.html</c>: render any format from a SARIF file an earlier
/// scan wrote, so CI can scan once and publish the HTML and Markdown reports later.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Render a report in any format from a SARIF file written by an earlier scan.");
        var sarif = new Argument<string>("sarif") { Description = "SARIF file written by 'iaclint scan --format sarif'." };
        var format = new Option<string[]>("--format", "-f") { Description = "Output format, repeatable (as for scan). Default: html." };
        var output = new Option<string[]>("--output", "-o") { Description = "File for the --format before it. Default: standard output." };
        command.Arguments.Add(sarif);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var targets = OutputTargets.From(parseResult, format, output, "html");
            var path = parseResult.GetValue(sarif)!;
            if (!File.Exists(path)) throw new UsageException($"SARIF file '{path}' does not exist.");
            var (result, error) = SarifScanResult.Load(path);
            if (result is null) throw new UsageException($"'{path}' cannot be used: {error}");
            Report.Write(result, targets);
            return ExitCode.Clean;
        }));
        return command;
    }
}
