namespace IacLint.Tests.Rules;

public class SecurityCenterContactNoEmailTests
{
    [Theory]
    [InlineData("dont-fire-complete-contact", new string[0])]
    [InlineData("fire-empty-email", new[] { "main.tf:8:25-8:43" })]
    public void Fires_without_an_email_address(string fixture, string[] expected) => RuleFixture.Ranges("IAC2071", fixture).ShouldBe(expected);
}
