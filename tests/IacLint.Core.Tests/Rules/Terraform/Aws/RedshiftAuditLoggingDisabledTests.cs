namespace IacLint.Tests.Rules;

public class RedshiftAuditLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-audit-log", new[] { "main.tf:1:1-1:44", "main.tf:10:14-10:19" })]
    [InlineData("dont-fire-logging-resource-or-block", new string[0])]
    public void Fires_without_audit_logging(string fixture, string[] expected) => RuleFixture.Ranges("IAC1175", fixture).ShouldBe(expected);
}
