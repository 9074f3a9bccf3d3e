namespace IacLint.Tests.Rules;

public class SnsTopicAwsManagedKeyTests
{
    [Theory]
    [InlineData("fire-managed-key-via-variable", new[] { "main.tf:7:23-7:34" })]
    [InlineData("dont-fire-customer-or-no-key", new string[0])]
    public void Fires_on_the_aws_managed_key(string fixture, string[] expected) => RuleFixture.Ranges("IAC1162", fixture).ShouldBe(expected);
}
