using System.CommandLine;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Reporting;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint [scan] [PATH]</c>: audit a folder and report.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var command = new Command("scan", "Audit a folder or a file and report the findings. The default command: 'iaclint PATH' is 'iaclint scan PATH'.");
        Configure(command);
        return command;
    }

    /// <summary>Adds the scan arguments, options and action to a command (the root command and <c>scan</c>).</summary>
    public static void Configure(Command command)
    {
        var options = new ScanArguments();
        options.AddTo(command);
        var format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, repeatable: {string.Join(", ", ReportWriters.Formats)}. Default: console.",
        };
        var output = new Option<string[]>("--output", "-o") { Description = "File for the --format before it; without a --format of its own, the format its extension names (.sarif, .json, .html, .md, .txt). Default: standard output." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Lowest level that fails the run (exit code 1): error, warning, note or none. Default: error, or fail-on in iaclint.toml.",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var targets = OutputTargets.From(parseResult, format, output, "console");
            var result = options.Scan(parseResult, canonical: targets.Any(t => t.Writer is MsBuildWriter));
            if (result is null) return ExitCode.UsageError;
            ReleaseScanModel();
            if (!Report.Write(result, targets)) return ExitCode.InternalError;
            Engine.PhaseClock.Mark("reports written");
            var threshold = parseResult.GetValue(failOn) is { } text && LevelNames.TryParse(text, out var level)
                ? level
                : result.Config.FailOn ?? Level.Error;
            return result.Failing(threshold).Any() ? ExitCode.Findings : ExitCode.Clean;
        }));
    }

    /// <summary>
    /// The syntax trees and the Terraform model are garbage once the scan returns (the result keeps findings and the
    /// texts of files with findings): collected now, while little survives, the reports are written into the room
    /// they leave instead of into newly committed memory. Our own process only; the MSBuild task never does this.
    /// </summary>
    private static void ReleaseScanModel() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
}

/// <summary>The arguments shared by <c>scan</c> and <c>baseline</c>.</summary>
internal sealed class ScanArguments
{
    public Argument<string> Path { get; } = new("path")
    {
        Description = "Folder to audit, or one file (read with its folder, reported alone).",
        DefaultValueFactory = _ => ".",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Config { get; } = new("--config", "-c") { Description = "iaclint.toml to use. Default: PATH/iaclint.toml if present." };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "SARIF file of an earlier run: only new findings fail the run." };

    public Option<string[]> Include { get; } = new("--include") { Description = "Glob of files to audit, repeatable." };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Glob of files or folders to skip, repeatable." };

    public TerraformVariableOptions Terraform { get; } = new();

    private bool _withBaseline = true;

    public void AddTo(Command command, bool withBaseline = true)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Config);
        _withBaseline = withBaseline;
        if (withBaseline) command.Options.Add(Baseline);
        command.Options.Add(Include);
        command.Options.Add(Exclude);
        Terraform.AddTo(command);
    }

    /// <summary>Runs the audit; null (after saying why on standard error) when it could not run: a bad
    /// <c>iaclint.toml</c>, an unreadable baseline. Nothing is reported for an audit that did not happen.</summary>
    /// <param name="canonical">Write the errors in MSBuild's canonical form (<c>path(line,col): error IAC0000: …</c>),
    /// for the MSBuild format's readers (the package's Exec fallback).</param>
    public ScanResult? Scan(ParseResult parseResult, Func<ScanOptions, ScanOptions>? adjust = null, bool canonical = false)
    {
        var options = ToScanOptions(parseResult);
        if (!File.Exists(options.Root) && !Directory.Exists(options.Root)) throw new UsageException($"'{options.Root}' does not exist (give a folder to audit, or a file).");
        if (adjust is not null) options = adjust(options);
        var result = Scanner.Scan(options);
        if (result.ConfigErrors.Count == 0) return result;
        foreach (var error in result.ConfigErrors)
        {
            if (canonical) Console.Error.WriteLine((error with { Path = System.IO.Path.GetFullPath(error.Path, result.Root) }).ToString());
            else Console.Error.WriteLine(error.Path == options.Root ? $"iaclint: {error.Message}." : $"iaclint: {error.Path}({error.Line},{error.Column}): {error.Message}");
        }
        return null;
    }

    public ScanOptions ToScanOptions(ParseResult parseResult)
    {
        foreach (var file in parseResult.GetValue(Terraform.VarFiles) ?? [])
        {
            if (!File.Exists(file)) throw new UsageException($"--var-file {file} does not exist.");
        }
        return new ScanOptions
        {
            Root = parseResult.GetValue(Path) ?? ".",
            ConfigPath = parseResult.GetValue(Config),
            BaselinePath = _withBaseline ? parseResult.GetValue(Baseline) : null,
            Include = parseResult.GetValue(Include) ?? [],
            Exclude = parseResult.GetValue(Exclude) ?? [],
            TerraformVarFiles = parseResult.GetValue(Terraform.VarFiles) ?? [],
            TerraformVars = Terraform.ParseVars(parseResult),
        };
    }
}
