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
        var command = new Command("scan", "Audit a folder (the default command).");
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
        var output = new Option<string[]>("--output", "-o") { Description = "File for the --format before it. Default: standard output." };
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
            var result = Scanner.Scan(options.ToScanOptions(parseResult));
            var written = Report.Write(result, targets);
            if (result.ConfigErrors.Count > 0) return ExitCode.UsageError;
            if (!written) return ExitCode.InternalError;
            var threshold = parseResult.GetValue(failOn) is { } text && LevelNames.TryParse(text, out var level)
                ? level
                : result.Config.FailOn ?? Level.Error;
            return result.Failing(threshold).Any() ? ExitCode.Findings : ExitCode.Clean;
        }));
    }
}

/// <summary>The arguments shared by <c>scan</c> and <c>baseline</c>.</summary>
internal sealed class ScanArguments
{
    public Argument<string> Path { get; } = new("path")
    {
        Description = "Folder to audit.",
        DefaultValueFactory = _ => ".",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Config { get; } = new("--config", "-c") { Description = "iaclint.toml to use. Default: PATH/iaclint.toml if present." };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "SARIF file of an earlier run: only new findings fail the run." };

    public Option<string[]> Include { get; } = new("--include") { Description = "Glob of files to audit, repeatable." };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Glob of files or folders to skip, repeatable." };

    public TerraformVariableOptions Terraform { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Config);
        command.Options.Add(Baseline);
        command.Options.Add(Include);
        command.Options.Add(Exclude);
        Terraform.AddTo(command);
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
            BaselinePath = parseResult.GetValue(Baseline),
            Include = parseResult.GetValue(Include) ?? [],
            Exclude = parseResult.GetValue(Exclude) ?? [],
            TerraformVarFiles = parseResult.GetValue(Terraform.VarFiles) ?? [],
            TerraformVars = Terraform.ParseVars(parseResult),
        };
    }
}

/// <summary>Writes a result to each target.</summary>
internal static class Report
{
    /// <returns>False when a writer failed; the other targets are still written.</returns>
    public static bool Write(ScanResult result, IReadOnlyList<OutputTarget> targets)
    {
        var allWritten = true;
        foreach (var target in targets)
        {
            try
            {
                WriteOne(result, target);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One broken report must not cost the others (a SARIF upload and the console log are independent).
                allWritten = false;
                Console.Error.WriteLine($"iaclint: internal error while writing the {target.Writer.Format} report{(target.Path is null ? "" : $" to {target.Path}")}: {e.GetType().Name}: {e.Message}");
                Console.Error.WriteLine("This is a bug in IacLint; please report it with the command you ran.");
            }
        }
        if (result.ConfigErrors.Count > 0 && targets.All(t => t.Path is not null || t.Writer is not (ConsoleWriter or MsBuildWriter)))
        {
            foreach (var error in result.ConfigErrors) Console.Error.WriteLine(error);
        }
        return allWritten;
    }

    private static void WriteOne(ScanResult result, OutputTarget target)
    {
        if (target.Path is null)
        {
            var color = target.Writer is ConsoleWriter && !Console.IsOutputRedirected &&
                        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            target.Writer.Write(result, Console.Out, new WriterOptions(color));
            return;
        }
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target.Path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(target.Path, false, new System.Text.UTF8Encoding(false));
        target.Writer.Write(result, writer, new WriterOptions());
    }
}
