using System.CommandLine;
using System.Text;
using IacLint.Cli;
using IacLint.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("IacLint audits Terraform, Kubernetes and .NET appsettings for security, reliability and environment drift.");
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(BaselineCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
Help.Configure(root);

if (CommandLine.Problem(root, args) is { } problem)
{
    Console.Error.WriteLine($"iaclint: {problem}");
    return (int)ExitCode.UsageError;
}
var parseResult = root.Parse(CommandLine.WithDefaultCommand(root, args));
// Help is asked for even where a required argument is missing (iaclint report --help).
if (parseResult.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
{
    foreach (var error in parseResult.Errors) Console.Error.WriteLine($"iaclint: {error.Message}");
    Console.Error.WriteLine("Run 'iaclint --help' for usage.");
    return (int)ExitCode.UsageError;
}
return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
