namespace IacLint.Tests.Rules;

public class MqAuditLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-audit-log", new[] { "main.tf:1:1-1:34", "main.tf:15:15-15:20" })]
    [InlineData("dont-fire-audit-or-rabbitmq", new string[0])]
    public void Fires_without_an_audit_log(string fixture, string[] expected) => RuleFixture.Ranges("IAC1146", fixture).ShouldBe(expected);
}
