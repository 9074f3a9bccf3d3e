namespace IacLint.Tests.Rules;

public class DatabaseMinimumTlsTests
{
    [Theory]
    [InlineData("dont-fire-tls12-or-default", new string[0])]
    [InlineData("fire-old-tls", new[] { "main.tf:6:25-6:30", "main.tf:16:38-16:62" })]
    public void Fires_on_old_tls_versions(string fixture, string[] expected) => RuleFixture.Ranges("IAC2029", fixture).ShouldBe(expected);
}
