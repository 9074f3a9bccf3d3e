namespace IacLint.Tests.Rules;

public class ComputeDiskRawKeyInConfigTests
{
    [Theory]
    [InlineData("fire-raw-keys", new[] { "main.tf:9:15-9:27", "main.tf:17:31-17:77" })]
    [InlineData("dont-fire-kms-keys", new string[0])]
    public void Fires_on_raw_keys_in_the_configuration(string fixture, string[] expected) => RuleFixture.Ranges("IAC3188", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_attribute_never_the_key() =>
        RuleFixture.Scan("IAC3188", "fire-raw-keys").ShouldAllBe(f =>
            !f.Message.Contains("c2VjcmV0") && !f.Message.Contains("bm90LWEtcmVhbC1rZXk") && f.Message.Contains("raw"));
}
