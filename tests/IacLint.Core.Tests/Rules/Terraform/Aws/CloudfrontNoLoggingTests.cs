namespace IacLint.Tests.Rules;

public class CloudfrontNoLoggingTests
{
    [Theory]
    [InlineData("fire-no-logging", new[] { "main.tf:1:1-1:46" })]
    [InlineData("dont-fire-logging-or-delivery", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1065", fixture).ShouldBe(expected);
}
