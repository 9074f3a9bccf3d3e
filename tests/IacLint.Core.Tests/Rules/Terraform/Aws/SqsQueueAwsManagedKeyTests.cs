namespace IacLint.Tests.Rules;

public class SqsQueueAwsManagedKeyTests
{
    [Theory]
    [InlineData("fire-managed-key", new[] { "main.tf:4:23-4:74" })]
    [InlineData("dont-fire-customer-key", new string[0])]
    public void Fires_on_the_aws_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1164", fixture).ShouldBe(expected);
}
