namespace IacLint.Tests.Rules;

public class RedshiftPubliclyAccessibleTests
{
    [Theory]
    [InlineData("fire-public-warehouse", new[] { "main.tf:12:25-12:35" })]
    [InlineData("dont-fire-private", new string[0])]
    public void Fires_on_public_clusters(string fixture, string[] expected) => RuleFixture.Ranges("IAC1160", fixture).ShouldBe(expected);
}
