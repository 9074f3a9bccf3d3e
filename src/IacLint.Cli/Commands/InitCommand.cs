using System.CommandLine;
using IacLint.Configuration;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint init [PATH]</c>: write a commented starter <c>iaclint.toml</c>.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var command = new Command("init", "Write a commented starter iaclint.toml.");
        var path = new Argument<string>("path") { Description = "Folder to write it in.", DefaultValueFactory = _ => ".", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing iaclint.toml." };
        command.Arguments.Add(path);
        command.Options.Add(force);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var file = Path.Combine(parseResult.GetValue(path) ?? ".", IacLintConfig.FileName);
            if (File.Exists(file) && !parseResult.GetValue(force))
            {
                throw new UsageException($"{file} already exists; use --force to overwrite it.");
            }
            File.WriteAllText(file, ConfigLoader.StarterFile + "\n");
            Console.WriteLine($"Wrote {file}.");
            return ExitCode.Clean;
        }));
        return command;
    }
}
