namespace IacLint.Tests.Rules;

public class Ec2UserDataSecretTests
{
    [Theory]
    [InlineData("fire-secrets-in-user-data", new[] { "main.tf:12:19-12:34", "main.tf:17:15-17:73" })]
    [InlineData("dont-fire-fetched-at-boot", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1045", fixture).ShouldBe(expected);
}
