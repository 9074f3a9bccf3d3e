namespace IacLint.Tests.Rules;

public class Ec2UserDataSecretTests
{
    [Theory]
    [InlineData("fire-secrets-in-user-data", new[] { "main.tf:12:19-12:34", "main.tf:17:15-17:73" })]
    [InlineData("dont-fire-fetched-at-boot", new string[0])]
    public void Fires_exactly_where_expected(string fixture, string[] expected) => RuleFixture.Ranges("IAC1045", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_credential_and_never_shows_its_value()
    {
        var messages = RuleFixture.Scan("IAC1045", "fire-secrets-in-user-data").Select(f => f.Message).ToList();
        messages.ShouldContain(m => m.Contains("DB_PASSWORD"));
        messages.ShouldAllBe(m => !m.Contains("hunter2") && !m.Contains("AKIAABCDEFGHIJKLMNOP"));
    }
}
