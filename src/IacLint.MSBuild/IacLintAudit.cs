using IacLint.Engine;
using IacLint.Reporting;
using IacLint.Reporting.Sarif;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace IacLint.MSBuild;

/// <summary>
/// Runs the engine, as <c>iaclint scan</c> does, and writes the SARIF file. Findings are logged by
/// <see cref="IacLintReport"/> from that file, so a skipped (up-to-date) audit shows them all the same.
/// </summary>
[MSBuildMultiThreadableTask]
public sealed class IacLintAudit : Task
{
    [Required]
    public string Root { get; set; } = "";

    public string? Config { get; set; }

    [Required]
    public string SarifFile { get; set; } = "";

    public override bool Execute()
    {
        try
        {
            var result = Scanner.Scan(new ScanOptions { Root = Root, ConfigPath = string.IsNullOrWhiteSpace(Config) ? null : Config });
            if (result.ConfigErrors.Count > 0)
            {
                foreach (var error in result.ConfigErrors)
                {
                    var file = Path.IsPathRooted(error.Path) ? error.Path : Path.Combine(Root, error.Path);
                    Log.LogError("IacLint", "IAC0000", null, null, file, error.Line, error.Column, 0, 0, error.Message);
                }
                if (File.Exists(SarifFile)) File.Delete(SarifFile);
                return false;
            }
            var directory = Path.GetDirectoryName(SarifFile);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            using (var writer = new StreamWriter(SarifFile, false, new System.Text.UTF8Encoding(false)))
            {
                new SarifWriter().Write(result, writer, new WriterOptions());
            }
            var summary = ReportSummary.Of(result);
            Log.LogMessage(MessageImportance.Normal,
                $"IacLint audited {result.FilesScanned} files in {Root}: {summary.Errors} errors, {summary.Warnings} warnings, {summary.Notes} notes, {summary.Suppressed} suppressed.");
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.LogError("IacLint", "IAC0000", null, null, 0, 0, 0, 0, $"IacLint failed: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }
}
