namespace IacLint.Tests.Rules;

public class SecurityCenterContactNoPhoneTests
{
    [Theory]
    [InlineData("dont-fire-complete-contact", new string[0])]
    [InlineData("fire-no-phone", new[] { "main.tf:1:1-1:50" })]
    public void Fires_without_a_phone_number(string fixture, string[] expected) => RuleFixture.Ranges("IAC2070", fixture).ShouldBe(expected);
}
