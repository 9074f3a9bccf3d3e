namespace IacLint.Tests.Rules;

public class StorageBlobVersioningTests
{
    [Theory]
    [InlineData("dont-fire-versioning", new string[0])]
    [InlineData("fire-no-versioning", new[] { "main.tf:13:26-13:40", "main.tf:17:1-17:42" })]
    public void Fires_without_blob_versioning(string fixture, string[] expected) => RuleFixture.Ranges("IAC2017", fixture).ShouldBe(expected);
}
