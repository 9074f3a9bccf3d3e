namespace IacLint.Tests.Rules;

public class ProjectAuditLoggingIncompleteTests
{
    [Theory]
    [InlineData("fire-missing-and-partial", new[] { "main.tf:1:1-1:32", "main.tf:6:1-6:53" })]
    [InlineData("dont-fire-all-services-audited", new string[0])]
    public void Fires_without_complete_audit_logging(string fixture, string[] expected) => RuleFixture.Ranges("IAC3149", fixture).ShouldBe(expected);
}
