using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5002: Debug or Trace logging in effect in production.</summary>
public sealed class DebugLogLevelInProduction : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5002",
        Name: "debug-log-level-in-production",
        Title: "Debug or Trace log level in production",
        Description: "The effective production configuration (appsettings.json overlaid by the production file) sets a `Logging:…:LogLevel` or Serilog `MinimumLevel` to Debug, Trace or Verbose.",
        Why: "Debug and trace logging multiplies log volume and cost, slows hot paths, and often writes request bodies, tokens and personal data that must not leave production.",
        HowToFix: "Set the level to `Information` or `Warning` in `appsettings.Production.json` (or the base file), and raise it temporarily through configuration when investigating.",
        Example: """
            ```json
            { "Logging": { "LogLevel": { "Default": "Debug" } } }
            ```
            becomes, in `appsettings.Production.json`:
            ```json
            { "Logging": { "LogLevel": { "Default": "Information" } } }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 3.5,
        Tags: ["observability", "security", "appsettings", "production"],
        Area: AuditArea.Logging,
        Cwe: "CWE-532",
        Precision: Precision.VeryHigh);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        var production = ProductionSetting.Production(group);
        if (production is null) yield break;
        foreach (var entry in production.Entries)
        {
            if (!IsLogLevelKey(entry.Key) || !IsVerbose(entry.Value)) continue;
            yield return ProductionSetting.Report(this, group, entry,
                $"Log level '{entry.Value}' for '{entry.Key}' is in effect in production");
        }
    }

    private static bool IsLogLevelKey(string key)
    {
        var segments = key.Split(':');
        if (segments[0].Equals("Logging", StringComparison.OrdinalIgnoreCase))
        {
            // Logging:LogLevel:Category and Logging:Provider:LogLevel:Category.
            return segments.Length >= 3 && segments[^2].Equals("LogLevel", StringComparison.OrdinalIgnoreCase);
        }
        if (segments[0].Equals("Serilog", StringComparison.OrdinalIgnoreCase) && segments.Length >= 2 &&
            segments[1].Equals("MinimumLevel", StringComparison.OrdinalIgnoreCase))
        {
            // Serilog:MinimumLevel, Serilog:MinimumLevel:Default, Serilog:MinimumLevel:Override:Category.
            return segments.Length == 2 ||
                   (segments.Length == 3 && segments[2].Equals("Default", StringComparison.OrdinalIgnoreCase)) ||
                   (segments.Length == 4 && segments[2].Equals("Override", StringComparison.OrdinalIgnoreCase));
        }
        return false;
    }

    private static bool IsVerbose(string? value) =>
        value is not null &&
        (value.Equals("Debug", StringComparison.OrdinalIgnoreCase) ||
         value.Equals("Trace", StringComparison.OrdinalIgnoreCase) ||
         value.Equals("Verbose", StringComparison.OrdinalIgnoreCase));
}
