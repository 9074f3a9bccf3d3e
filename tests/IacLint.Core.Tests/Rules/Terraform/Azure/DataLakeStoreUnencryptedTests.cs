namespace IacLint.Tests.Rules;

public class DataLakeStoreUnencryptedTests
{
    [Theory]
    [InlineData("dont-fire-default-or-enabled", new string[0])]
    [InlineData("fire-disabled", new[] { "main.tf:5:25-5:35" })]
    public void Fires_on_unencrypted_data_lakes(string fixture, string[] expected) => RuleFixture.Ranges("IAC2073", fixture).ShouldBe(expected);
}
