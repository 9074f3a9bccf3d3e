using System.Text.Json;
using System.Text.Json.Nodes;
using IacLint.Engine;
using IacLint.Reporting;
using IacLint.Reporting.Sarif;

namespace IacLint.Tests.Reporting;

public class SarifWriterTests
{
    [Fact]
    public void Results_serialized_in_parallel_batches_read_as_the_serializers_own_indented_json()
    {
        // The rule fixtures give thousands of results: several batches of the parallel array converter.
        var result = Scanner.Scan(new ScanOptions { Root = Path.Combine(TestPaths.TestData, "rules"), Today = new DateOnly(2026, 11, 27) });
        result.Findings.Count.ShouldBeGreaterThan(1500);
        var output = new StringWriter();
        new SarifWriter().Write(result, output, new WriterOptions());
        var text = output.ToString();

        var node = JsonNode.Parse(text)!;
        node["runs"]![0]!["results"]!.AsArray().Count.ShouldBe(result.Findings.Count);
        // Indentation, separators and escaping exactly as an indented serializer writes the same document.
        text.ShouldBe(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
    }

    [Fact]
    public void A_run_without_results_has_an_empty_results_array()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "appsettings.json"), "{}");
        var output = new StringWriter();
        new SarifWriter().Write(Scanner.Scan(new ScanOptions { Root = temp.Path }), output, new WriterOptions());
        output.ToString().ShouldContain("\"results\": [],");
    }
}
