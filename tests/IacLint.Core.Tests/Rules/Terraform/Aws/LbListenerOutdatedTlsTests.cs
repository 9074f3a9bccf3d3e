namespace IacLint.Tests.Rules;

public class LbListenerOutdatedTlsTests
{
    [Theory]
    [InlineData("fire-old-and-default-policies", new[] { "main.tf:5:23-5:60", "main.tf:8:1-8:44" })]
    [InlineData("dont-fire-modern-or-plain-tcp", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1058", fixture).ShouldBe(expected);
}
