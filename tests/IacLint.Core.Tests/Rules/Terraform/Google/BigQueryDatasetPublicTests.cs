namespace IacLint.Tests.Rules;

public class BigQueryDatasetPublicTests
{
    [Theory]
    [InlineData("fire-public-datasets", new[] { "main.tf:6:21-6:44", "main.tf:13:16-13:26" })]
    [InlineData("dont-fire-named-readers", new string[0])]
    public void Fires_on_public_datasets(string fixture, string[] expected) => RuleFixture.Ranges("IAC3195", fixture).ShouldBe(expected);
}
