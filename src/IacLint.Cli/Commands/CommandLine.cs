using System.CommandLine;
using IacLint.Configuration;

namespace IacLint.Cli.Commands;

/// <summary>
/// <c>scan</c> is the default command: <c>iaclint PATH</c> is <c>iaclint scan PATH</c>. Only <c>scan</c> declares the
/// path (the root declaring it too showed it twice in every usage line), so a command line that does not name a
/// command gets <c>scan</c> put in front.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] RootOnly = ["-h", "--help", "-?", "/?", "/h", "--version"];

    public static string[] WithDefaultCommand(RootCommand root, string[] args) =>
        args.Length > 0 && (IsCommand(root, args[0]) || RootOnly.Contains(args[0]) || args[0].StartsWith('[')) ? args : ["scan", .. args];

    /// <summary>A first word that is neither a command nor an existing path but is spelled like a command: a typo
    /// (<c>iaclint scna .</c>), reported as such rather than as a missing folder.</summary>
    public static string? Problem(RootCommand root, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || IsCommand(root, args[0])) return null;
        if (File.Exists(args[0]) || Directory.Exists(args[0])) return null;
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        return Spelling.Nearest(args[0], commands) is { } nearest
            ? $"'{args[0]}' is not a command or an existing path. Did you mean 'iaclint {nearest}'? Commands: {string.Join(", ", commands)}."
            : null;
    }

    private static bool IsCommand(RootCommand root, string word) => root.Subcommands.Any(c => c.Name == word || c.Aliases.Contains(word));
}
