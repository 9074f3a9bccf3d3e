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
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors) Console.Error.WriteLine($"iaclint: {error.Message}");
    Console.Error.WriteLine("Run 'iaclint --help' for usage.");
    return (int)ExitCode.UsageError;
}
return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
