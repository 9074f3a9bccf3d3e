using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Reporting;

/// <summary>Counts every human-facing format shows; computed once from the result.</summary>
public sealed record ReportSummary(int Errors, int Warnings, int Notes, int Suppressed, int New, int Files)
{
    public int Total => Errors + Warnings + Notes;

    public static ReportSummary Of(ScanResult result)
    {
        int errors = 0, warnings = 0, notes = 0, suppressed = 0, @new = 0;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in result.Findings)
        {
            if (finding.IsSuppressed)
            {
                suppressed++;
                continue;
            }
            files.Add(finding.Location.Path);
            if (finding.BaselineState == BaselineState.New) @new++;
            switch (finding.Level)
            {
                case Level.Error: errors++; break;
                case Level.Warning: warnings++; break;
                case Level.Note: notes++; break;
            }
        }
        return new ReportSummary(errors, warnings, notes, suppressed, @new, files.Count);
    }
}
