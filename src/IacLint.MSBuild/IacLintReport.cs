using IacLint.Findings;
using IacLint.Reporting;
using IacLint.Reporting.Sarif;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace IacLint.MSBuild;

/// <summary>
/// Logs the findings of an audit's SARIF file as build diagnostics with code, help link, file and full range.
/// Findings at or above <see cref="FailOn"/> are errors, others warnings, notes are messages.
/// </summary>
[MSBuildMultiThreadableTask]
public sealed class IacLintReport : Task
{
    [Required]
    public string SarifFile { get; set; } = "";

    [Required]
    public string Root { get; set; } = "";

    /// <summary>error, warning, note or none: the lowest level logged as a build error.</summary>
    public string? FailOn { get; set; }

    public override bool Execute()
    {
        if (!LevelNames.TryParse(string.IsNullOrWhiteSpace(FailOn) ? "none" : FailOn, out var failOn))
        {
            Log.LogError("IacLint", "IAC0000", null, null, 0, 0, 0, 0, $"IacLintFailOn must be error, warning, note or none, not '{FailOn}'.");
            return false;
        }
        var (log, error) = SarifReader.Read(SarifFile);
        if (log is null)
        {
            Log.LogError("IacLint", "IAC0000", null, SarifFile, 0, 0, 0, 0, $"IacLint results could not be read: {error}");
            return false;
        }
        foreach (var run in log.Runs)
        {
            var rules = run.Tool.Driver.Rules ?? [];
            foreach (var result in run.Results)
            {
                if (result.Suppressions is { Count: > 0 } || result.BaselineState == "absent") continue;
                var physical = result.Locations.FirstOrDefault()?.PhysicalLocation;
                var file = physical is null ? null : SourceRoot.LocalPath(run, physical.ArtifactLocation.Uri, Root);
                var region = physical?.Region;
                var (line, column, endLine, endColumn) = region is null ? (0, 0, 0, 0) : (region.StartLine, region.StartColumn, region.EndLine, region.EndColumn);
                var help = result.RuleIndex >= 0 && result.RuleIndex < rules.Count ? rules[result.RuleIndex].HelpUri : null;
                LevelNames.TryParse(result.Level, out var level);
                if (failOn != Level.None && level >= failOn)
                {
                    Log.LogError("IacLint", result.RuleId, null, help, file, line, column, endLine, endColumn, MessageText.Plain(result.Message.Text));
                }
                else if (level >= Level.Warning)
                {
                    Log.LogWarning("IacLint", result.RuleId, null, help, file, line, column, endLine, endColumn, MessageText.Plain(result.Message.Text));
                }
                else
                {
                    Log.LogMessage("IacLint", result.RuleId, null, file, line, column, endLine, endColumn, MessageImportance.High, MessageText.Plain(result.Message.Text));
                }
            }
        }
        return !Log.HasLoggedErrors;
    }
}
