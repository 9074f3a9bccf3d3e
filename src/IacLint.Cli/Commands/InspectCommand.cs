using System.CommandLine;
using System.Text.Json;
using IacLint.Syntax;
using IacLint.Terraform.Inspection;
using IacLint.Terraform.Model;

namespace IacLint.Cli.Commands;

/// <summary>
/// <c>iaclint inspect FILE --syntax</c>: a Terraform/HCL file in hcl2json form (exit 1 on syntax errors).
/// <c>iaclint inspect DIR</c>: every resource instance the engine sees, with evaluated attributes and their origins.
/// </summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var command = new Command("inspect", "Show what the engine sees: a file's syntax (--syntax) or a folder's evaluated Terraform resources.");
        var path = new Argument<string>("path") { Description = "A .tf/.tfvars/.hcl/.tf.json file (with --syntax) or a folder." };
        var syntax = new Option<bool>("--syntax") { Description = "Print the file's syntax as JSON in the hcl2json convention." };
        var format = new Option<string>("--format", "-f") { Description = "json or text (folders only).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var variables = new TerraformVariableOptions();
        command.Arguments.Add(path);
        command.Options.Add(syntax);
        command.Options.Add(format);
        variables.AddTo(command);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var target = parseResult.GetValue(path)!;
            if (parseResult.GetValue(syntax))
            {
                if (!File.Exists(target)) throw new UsageException($"{target} is not a file.");
                var (json, diagnostics) = TerraformInspector.Syntax(new SourceText(target.Replace('\\', '/'), File.ReadAllText(target)));
                Console.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                foreach (var d in diagnostics) Console.Error.WriteLine($"{target}({d.Span.StartLine},{d.Span.StartColumn}): error: {d.Message}");
                return diagnostics.Count > 0 ? ExitCode.Findings : ExitCode.Clean;
            }
            if (!Directory.Exists(target)) throw new UsageException($"{target} is not a folder (use --syntax for a single file).");
            var project = TerraformInspector.Project(target, variables.Read(parseResult, Path.GetFullPath(target)));
            Console.Write(parseResult.GetValue(format) == "json"
                ? project.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n"
                : TerraformInspector.Text(project));
            return ExitCode.Clean;
        }));
        return command;
    }
}

/// <summary><c>--var-file</c> and <c>--var NAME=VALUE</c>, as Terraform takes them.</summary>
internal sealed class TerraformVariableOptions
{
    public Option<string[]> VarFiles { get; } = new("--var-file") { Description = "Terraform variables file applied to every root module (repeatable)." };

    public Option<string[]> Vars { get; } = new("--var") { Description = "Terraform variable NAME=VALUE applied to every root module (repeatable)." };

    public void AddTo(Command command)
    {
        command.Options.Add(VarFiles);
        command.Options.Add(Vars);
    }

    public IReadOnlyDictionary<string, string> ParseVars(ParseResult parseResult)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parseResult.GetValue(Vars) ?? [])
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw new UsageException($"--var takes NAME=VALUE, not '{pair}'.");
            result[pair[..equals]] = pair[(equals + 1)..];
        }
        return result;
    }

    public TerraformOptions Read(ParseResult parseResult, string root)
    {
        var files = new List<VariableFile>();
        foreach (var file in parseResult.GetValue(VarFiles) ?? [])
        {
            if (!File.Exists(file)) throw new UsageException($"--var-file {file} does not exist.");
            files.Add(VariableFileReader.Read(new SourceText(file.Replace('\\', '/'), File.ReadAllText(file))));
        }
        return new TerraformOptions { VarFiles = files, Vars = ParseVars(parseResult) };
    }
}
