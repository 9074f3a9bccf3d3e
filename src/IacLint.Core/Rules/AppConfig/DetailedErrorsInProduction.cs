using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5003: <c>DetailedErrors</c> switched on in production.</summary>
public sealed class DetailedErrorsInProduction : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5003",
        Name: "detailed-errors-in-production",
        Title: "Detailed errors enabled in production",
        Description: "The effective production configuration sets `DetailedErrors` (top level, or a section's `DetailedErrors` such as Blazor's circuit options) to true.",
        Why: "Detailed errors send exception messages and stack traces to the browser. They reveal code structure, library versions, file paths and sometimes data, which helps an attacker and confuses users.",
        HowToFix: "Set `DetailedErrors` to false in production, or keep it only in `appsettings.Development.json`. Log the details on the server instead.",
        Example: """
            ```json
            { "DetailedErrors": true }
            ```
            belongs in `appsettings.Development.json` only.
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.3,
        Tags: ["security", "appsettings", "production"],
        Area: AuditArea.Config,
        Cwe: "CWE-209",
        Precision: Precision.VeryHigh);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        var production = ProductionSetting.Production(group);
        if (production is null) yield break;
        foreach (var entry in production.Entries)
        {
            if (!entry.LastSegment.Equals("DetailedErrors", StringComparison.OrdinalIgnoreCase)) continue;
            if (!string.Equals(entry.Value, "true", StringComparison.OrdinalIgnoreCase)) continue;
            yield return ProductionSetting.Report(this, group, entry, $"'{entry.Key}' is true in production");
        }
    }
}
