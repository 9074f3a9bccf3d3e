namespace IacLint.Tests.Rules;

public class StorageNotGeoRedundantTests
{
    [Theory]
    [InlineData("dont-fire-geo-redundant", new string[0])]
    [InlineData("fire-local-redundancy", new[] { "main.tf:7:30-7:38" })]
    public void Fires_on_single_region_replication(string fixture, string[] expected) => RuleFixture.Ranges("IAC2018", fixture).ShouldBe(expected);
}
