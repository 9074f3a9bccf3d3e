using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Tests.Rules;

/// <summary>Scans a fixture folder under <c>testdata/rules/ID/</c> with the whole engine.</summary>
internal static class RuleFixture
{
    /// <summary>The day suppression expiries are compared with, fixed so fixtures do not age.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static IReadOnlyList<Finding> Scan(string ruleId, string fixture) =>
        Scanner.Scan(new ScanOptions { Root = Path.Combine(TestPaths.RuleFixtures, ruleId, fixture), Today = Today })
            .Findings.Where(f => f.Rule.Id == ruleId && !f.IsSuppressed).ToList();

    /// <summary>Findings as <c>path:startLine:startColumn-endLine:endColumn</c>, the form the rule tests expect.</summary>
    public static string[] Ranges(string ruleId, string fixture) =>
        Scan(ruleId, fixture).Select(f =>
        {
            var s = f.Location.Span;
            return $"{f.Location.Path}:{s.StartLine}:{s.StartColumn}-{s.EndLine}:{s.EndColumn}";
        }).ToArray();
}
