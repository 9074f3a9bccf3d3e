namespace IacLint.Tests.Rules;

public class NeptuneStorageNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted", new[] { "main.tf:1:1-1:39", "main.tf:7:24-7:29" })]
    [InlineData("dont-fire-encrypted", new string[0])]
    public void Fires_on_unencrypted_clusters(string fixture, string[] expected) => RuleFixture.Ranges("IAC1153", fixture).ShouldBe(expected);
}
