namespace IacLint.Tests.Syntax;

public class HclAgreementTests
{
    /// <summary>Files from public repositories under testdata/hcl/corpus, with HashiCorp's verdicts recorded by
    /// build/hcl2json/record-golden.sh.</summary>
    [Fact]
    public void Agrees_with_hashicorps_parser_on_the_recorded_corpus()
    {
        var root = Path.Combine(TestPaths.TestData, "hcl");
        var cases = HclAgreement.ReadOracle(Path.Combine(root, "oracle.jsonl")).ToList();
        cases.Count.ShouldBeGreaterThan(20);
        var disagreements = cases.Select(c => (c.Path, Difference: HclAgreement.Disagreement(c, root)))
            .Where(x => x.Difference is not null).Select(x => $"{x.Path}: {x.Difference}").ToList();
        disagreements.ShouldBeEmpty();
    }

    /// <summary>The whole shared corpus, when build/hcl-agreement.sh has recorded HashiCorp's verdicts for it
    /// (IACLINT_HCL_ORACLE names the recording, IACLINT_HCL_ORACLE_ROOT the folder its paths are relative to).</summary>
    [Fact]
    public void Agrees_with_hashicorps_parser_on_a_full_recording_when_one_is_given()
    {
        var oracle = Environment.GetEnvironmentVariable("IACLINT_HCL_ORACLE");
        if (string.IsNullOrEmpty(oracle)) return;
        var root = Environment.GetEnvironmentVariable("IACLINT_HCL_ORACLE_ROOT") ?? ".";
        var cases = HclAgreement.ReadOracle(oracle).ToList();
        var disagreements = cases.Select(c => (c.Path, Difference: HclAgreement.Disagreement(c, root)))
            .Where(x => x.Difference is not null).Select(x => $"{x.Path}: {x.Difference}").ToList();
        File.WriteAllLines(oracle + ".disagreements.txt", disagreements.Prepend($"{cases.Count - disagreements.Count}/{cases.Count} agree"));
        disagreements.ShouldBeEmpty();
    }
}
