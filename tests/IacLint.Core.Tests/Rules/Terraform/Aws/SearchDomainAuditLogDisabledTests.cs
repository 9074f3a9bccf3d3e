namespace IacLint.Tests.Rules;

public class SearchDomainAuditLogDisabledTests
{
    [Theory]
    [InlineData("fire-no-audit-log", new[] { "main.tf:1:1-1:42", "main.tf:14:32-14:37" })]
    [InlineData("dont-fire-audit-log", new string[0])]
    public void Fires_without_audit_logs(string fixture, string[] expected) => RuleFixture.Ranges("IAC1129", fixture).ShouldBe(expected);
}
