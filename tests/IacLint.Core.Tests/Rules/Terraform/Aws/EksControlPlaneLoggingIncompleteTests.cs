namespace IacLint.Tests.Rules;

public class EksControlPlaneLoggingIncompleteTests
{
    [Theory]
    [InlineData("fire-missing-log-types", new[] { "main.tf:8:31-8:46", "main.tf:11:1-11:35" })]
    [InlineData("dont-fire-all-log-types", new string[0])]
    public void Fires_when_a_log_type_is_missing(string fixture, string[] expected) => RuleFixture.Ranges("IAC1120", fixture).ShouldBe(expected);
}
