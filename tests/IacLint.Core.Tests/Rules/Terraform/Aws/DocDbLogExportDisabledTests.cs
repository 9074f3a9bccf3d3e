namespace IacLint.Tests.Rules;

public class DocDbLogExportDisabledTests
{
    [Theory]
    [InlineData("fire-no-audit-or-profiler", new[] { "main.tf:1:1-1:39", "main.tf:8:37-8:47" })]
    [InlineData("dont-fire-profiler", new string[0])]
    public void Fires_without_audit_or_profiler_export(string fixture, string[] expected) => RuleFixture.Ranges("IAC1155", fixture).ShouldBe(expected);
}
