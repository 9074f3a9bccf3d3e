namespace IacLint.Tests.Rules;

public class EksPublicAccessOpenToInternetTests
{
    [Theory]
    [InlineData("fire-open-cidrs-via-tfvars", new[] { "main.tf:10:27-10:40", "main.tf:14:1-14:35" })]
    [InlineData("dont-fire-restricted-or-private", new string[0])]
    public void Fires_when_the_public_endpoint_accepts_any_address(string fixture, string[] expected) => RuleFixture.Ranges("IAC1118", fixture).ShouldBe(expected);
}
