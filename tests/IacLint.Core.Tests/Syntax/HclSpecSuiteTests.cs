using IacLint.Syntax;
using IacLint.Syntax.Hcl;

namespace IacLint.Tests.Syntax;

/// <summary>HashiCorp's HCL specification suite (testdata/hcl/specsuite, MPL-2.0): each <c>.t</c> file lists the
/// diagnostics its <c>.hcl</c> file must produce, by position.</summary>
public class HclSpecSuiteTests
{
    private static readonly string Suite = Path.Combine(TestPaths.TestData, "hcl", "specsuite");

    // Diagnostics that come from decoding against the test's .hcldec schema, not from parsing.
    private static readonly HashSet<string> SchemaDiagnostics = new(StringComparer.Ordinal) { "structure/attributes/unexpected" };

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Suite, "*.hcl", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Suite, f)[..^4].Replace('\\', '/'))
            .Where(name => File.Exists(Path.Combine(Suite, name + ".t")))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parser_reports_errors_on_exactly_the_expected_lines(string name)
    {
        var expected = ExpectedErrorLines(Path.Combine(Suite, name + ".t"));
        if (SchemaDiagnostics.Contains(name)) expected = [];
        var file = HclParser.Parse(new SourceText(name + ".hcl", File.ReadAllText(Path.Combine(Suite, name + ".hcl"))));
        file.Diagnostics.Select(d => d.Span.StartLine).Distinct().Order().ShouldBe(expected.Distinct().Order(),
            string.Join("; ", file.Diagnostics.Select(d => $"{d.Span}: {d.Message}")));
    }

    /// <summary>The <c>.t</c> files are HCL themselves: <c>diagnostics { error { from { line = N } } }</c>.</summary>
    private static List<int> ExpectedErrorLines(string path)
    {
        var spec = HclParser.Parse(new SourceText(path, File.ReadAllText(path)));
        spec.Diagnostics.ShouldBeEmpty();
        return spec.Body.BlocksOfType("diagnostics")
            .SelectMany(d => d.Body.BlocksOfType("error"))
            .SelectMany(e => e.Body.BlocksOfType("from"))
            .Select(from => int.Parse(((HclLiteral)from.Body.Attribute("line")!.Value).Text!))
            .ToList();
    }
}
