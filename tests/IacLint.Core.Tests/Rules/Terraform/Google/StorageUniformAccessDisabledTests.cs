namespace IacLint.Tests.Rules;

public class StorageUniformAccessDisabledTests
{
    [Theory]
    [InlineData("fire-acls-enabled", new[] { "main.tf:1:1-1:43", "main.tf:10:33-10:48" })]
    [InlineData("dont-fire-uniform", new string[0])]
    public void Fires_without_uniform_bucket_level_access(string fixture, string[] expected) => RuleFixture.Ranges("IAC3131", fixture).ShouldBe(expected);
}
