using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Tests.Rules;

/// <summary>Scans a fixture folder under <c>testdata/rules/ID/</c> with the whole engine.</summary>
internal static class RuleFixture
{
    /// <summary>The day suppression expiries are compared with, fixed so fixtures do not age.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static IReadOnlyList<Finding> Scan(string ruleId, string fixture)
    {
        var root = Path.Combine(TestPaths.RuleFixtures, ruleId, fixture);
        // An internal error cannot be written as input once every crash is fixed: such a fixture names the unit
        // that fails, in inject-fault.txt.
        var inject = Path.Combine(root, "inject-fault.txt");
        Guard.FaultInjection.Value = File.Exists(inject) ? unit => unit == File.ReadAllText(inject).Trim() : null;
        try
        {
            return Scanner.Scan(new ScanOptions { Root = root, Today = Today })
                .Findings.Where(f => f.Rule.Id == ruleId && !f.IsSuppressed).ToList();
        }
        finally
        {
            Guard.FaultInjection.Value = null;
        }
    }

    /// <summary>Findings as <c>path:startLine:startColumn-endLine:endColumn</c>, the form the rule tests expect.</summary>
    public static string[] Ranges(string ruleId, string fixture) =>
        Scan(ruleId, fixture).Select(f =>
        {
            var s = f.Location.Span;
            return $"{f.Location.Path}:{s.StartLine}:{s.StartColumn}-{s.EndLine}:{s.EndColumn}";
        }).ToArray();
}
