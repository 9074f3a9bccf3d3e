using IacLint.Findings;

namespace IacLint.Rules.Engine;

/// <summary>IAC0001: a file IacLint must read is not valid for the tool that consumes it.</summary>
public sealed class UnparsableFile : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC0001",
        Name: "unparsable-file",
        Title: "File cannot be parsed",
        Description: "The file is not valid for the program that reads it (for appsettings: the .NET JSON configuration provider), so it was not audited and will fail at run time.",
        Why: "A configuration file that does not parse stops the application at start-up (`FormatException: Could not parse the JSON file`), and none of the other rules could look inside it.",
        HowToFix: "Fix the syntax error at the reported position. For appsettings: the root must be an object, keys must be unique ignoring case, comments and trailing commas are allowed, nesting may not exceed 64 levels.",
        Example: """
            ```json
            {
              "Logging": { "LogLevel": { "Default": "Information" } }
              "AllowedHosts": "example.com"
            }
            ```
            A comma is missing after the `Logging` object.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: null,
        Tags: ["reliability", "engine"],
        Area: AuditArea.Config,
        Precision: Precision.VeryHigh);
}
