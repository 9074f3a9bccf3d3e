namespace IacLint.Tests.Rules;

public class LambdaNoDeadLetterQueueTests
{
    [Theory]
    [InlineData("fire-no-dlq", new[] { "main.tf:1:1-1:44" })]
    [InlineData("dont-fire-dlq-or-destination", new string[0])]
    public void Fires_without_a_failure_target(string fixture, string[] expected) => RuleFixture.Ranges("IAC1141", fixture).ShouldBe(expected);
}
