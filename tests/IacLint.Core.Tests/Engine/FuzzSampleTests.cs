using IacLint.Fuzz;

namespace IacLint.Tests.Engine;

/// <summary>A fixed-seed sample of the fuzzer (the full run is <c>build/fuzz.sh</c>): no input of any format
/// crashes the engine, takes longer than the bound or puts an absolute path into a finding.</summary>
public class FuzzSampleTests
{
    [Fact]
    public void Three_thousand_mutated_inputs_of_every_format_neither_crash_nor_hang()
    {
        var seeds = Fuzzer.LoadSeeds(TestPaths.TestData);
        seeds.Select(s => Path.GetExtension(s.RelativePath)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        var report = new Fuzzer(seeds, randomSeed: 1, TimeSpan.FromSeconds(10)).Run(3000);
        report.Crashes.ShouldBeEmpty();
        report.Hangs.ShouldBeEmpty();
    }
}
