namespace IacLint.Tests.Rules;

public class NeptuneAuditLogExportDisabledTests
{
    [Theory]
    [InlineData("fire-no-audit-export", new[] { "main.tf:1:1-1:39", "main.tf:7:36-7:49" })]
    [InlineData("dont-fire-audit-export", new string[0])]
    public void Fires_without_the_audit_export(string fixture, string[] expected) => RuleFixture.Ranges("IAC1152", fixture).ShouldBe(expected);
}
