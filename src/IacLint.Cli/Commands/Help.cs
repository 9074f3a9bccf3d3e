using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace IacLint.Cli.Commands;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, followed by examples and the exit codes of the command asked
/// about: the two things a user needs to act on it in a terminal or a CI script.
/// </summary>
internal static class Help
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["iaclint"] =
        [
            "iaclint .                                       Audit the current folder (same as 'iaclint scan .')",
            "iaclint . -o iaclint.sarif --format console     SARIF for code scanning and the console view",
            "iaclint diff . --from staging --to production   Environment drift side by side",
            "iaclint rules                                   Every rule with its id, level and help",
        ],
        ["scan"] =
        [
            "iaclint scan .                                  Audit the current folder",
            "iaclint scan src/Api/appsettings.json           Audit one file (read with its folder)",
            "iaclint scan . -o iaclint.sarif                 SARIF to a file (format from the extension)",
            "iaclint scan . -f sarif -o out.sarif -f console SARIF to a file and the console view",
            "iaclint scan . --fail-on warning                Exit 1 on warnings too",
            "iaclint scan . --baseline iaclint.baseline.sarif  Fail only on findings the baseline does not have",
        ],
        ["baseline"] =
        [
            "iaclint baseline .                              Record today's findings in iaclint.baseline.sarif",
            "iaclint . --baseline iaclint.baseline.sarif     Later: only new findings fail",
        ],
        ["diff"] =
        [
            "iaclint diff .                                  staging -> production, console table",
            "iaclint diff . --from qa --to staging --family terraform",
            "iaclint diff . --format markdown > drift.md     For a pull request comment",
            "iaclint diff . --fail-on warning                Exit 1 on missing keys and weaker production",
        ],
        ["rules"] = ["iaclint rules --format markdown", "iaclint rules --docs docs/rules"],
        ["init"] = ["iaclint init .                                  Write ./iaclint.toml"],
        ["inspect"] = ["iaclint inspect envs/production", "iaclint inspect main.tf --syntax"],
        ["report"] =
        [
            "iaclint report iaclint.sarif -o audit.html      Rebuild the HTML audit report from an earlier scan",
            "iaclint report iaclint.sarif --format markdown  A pull request comment from the same scan",
        ],
    };

    private static readonly Dictionary<string, string[]> ExitCodes = new(StringComparer.Ordinal)
    {
        ["scan"] =
        [
            "0  no finding at or above --fail-on (with --baseline: no new one)",
            "1  findings at or above --fail-on",
            "2  usage or configuration error; nothing was audited",
            "3  internal error (a bug in IacLint)",
        ],
        ["diff"] =
        [
            "0  no difference at or above --fail-on (default none: always 0 when the comparison ran)",
            "1  differences at or above --fail-on (weaker: error; missing, version ahead: warning; others: note)",
            "2  usage or configuration error, or an environment that was not found",
            "3  internal error (a bug in IacLint)",
        ],
        ["baseline"] = ["0  baseline written", "2  usage or configuration error", "3  internal error (a bug in IacLint)"],
        ["report"] = ["0  report written", "2  usage or configuration error, or a file that is not a SARIF log IacLint can read", "3  internal error (a bug in IacLint)"],
        ["inspect"] = ["0  shown", "1  the file has syntax errors (with --syntax)", "2  usage or configuration error", "3  internal error (a bug in IacLint)"],
    };

    public static void Configure(RootCommand root)
    {
        ExitCodes["iaclint"] = ExitCodes["scan"];
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction standard } help) help.Action = new WithExamples(standard);
        }
    }

    private sealed class WithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            var name = command is RootCommand ? "iaclint" : command.Name;
            Section(output, "Examples:", Examples.GetValueOrDefault(name));
            Section(output, "Exit codes:", ExitCodes.GetValueOrDefault(name));
            return result;
        }

        private static void Section(TextWriter output, string title, string[]? lines)
        {
            if (lines is null) return;
            output.WriteLine(title);
            foreach (var line in lines) output.WriteLine("  " + line);
            output.WriteLine();
        }
    }
}
