namespace IacLint.Tests.Rules;

public class StorageInfrastructureEncryptionTests
{
    [Theory]
    [InlineData("dont-fire-enabled", new string[0])]
    [InlineData("fire-unset-and-off", new[] { "main.tf:12:39-12:44", "modules/sa/main.tf:5:1-5:42" })]
    public void Fires_without_infrastructure_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC2015", fixture).ShouldBe(expected);
}
