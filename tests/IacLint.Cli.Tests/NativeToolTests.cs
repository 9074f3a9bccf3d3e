using System.Text.Json.Nodes;

namespace IacLint.Tests;

/// <summary>
/// The native executable (this platform's tool package) and the framework-dependent build (the fallback package,
/// and the code the MSBuild task runs) are compiled differently from the same sources: trimming or ahead-of-time
/// compilation must not change one result.
/// </summary>
public class NativeToolTests
{
    [Theory]
    [InlineData("testdata/repos/webshop")]
    [InlineData("testdata/repos/platform")]
    [InlineData("testdata/repos/robust")]
    [InlineData("testdata/repos/terragrunt-live")]
    [InlineData("testdata/k8s")]
    public void Native_and_framework_dependent_builds_write_the_same_sarif(string tree)
    {
        using var folder = new TempFolder();
        var native = Path.Combine(folder.Path, "native.sarif");
        var managed = Path.Combine(folder.Path, "managed.sarif");
        var nativeRun = Tool.In(TestPaths.RepoRoot, tree, "--format", "sarif", "--output", native);
        var managedRun = Tool.FrameworkDependentIn(TestPaths.RepoRoot, tree, "--format", "sarif", "--output", managed);
        nativeRun.ExitCode.ShouldBe(managedRun.ExitCode, nativeRun.Stderr);
        nativeRun.Stdout.ShouldBe(managedRun.Stdout);
        var nativeLog = WithoutTimes(native);
        nativeLog["runs"]![0]!["results"]!.AsArray().Count.ShouldBeGreaterThan(0);
        nativeLog.ToJsonString().ShouldBe(WithoutTimes(managed).ToJsonString());
    }

    [Fact]
    public void Native_tool_prints_help_and_rules_like_the_framework_dependent_build()
    {
        foreach (var args in new[] { new[] { "--help" }, ["scan", "--help"], ["rules", "--format", "json"], ["--version"] })
        {
            var native = Tool.In(TestPaths.RepoRoot, args);
            var managed = Tool.FrameworkDependentIn(TestPaths.RepoRoot, args);
            native.ExitCode.ShouldBe(0, string.Join(' ', args));
            native.Stdout.ShouldBe(managed.Stdout, string.Join(' ', args));
        }
    }

    /// <summary>The log without the run's clock times (start, end, and the automation id made from the start).</summary>
    private static JsonNode WithoutTimes(string path)
    {
        var log = JsonNode.Parse(File.ReadAllText(path))!;
        var run = log["runs"]![0]!.AsObject();
        run.Remove("automationDetails");
        foreach (var invocation in run["invocations"]!.AsArray())
        {
            invocation!.AsObject().Remove("startTimeUtc");
            invocation.AsObject().Remove("endTimeUtc");
        }
        return log;
    }
}
