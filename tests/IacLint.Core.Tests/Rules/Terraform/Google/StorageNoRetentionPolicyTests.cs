namespace IacLint.Tests.Rules;

public class StorageNoRetentionPolicyTests
{
    [Theory]
    [InlineData("fire-no-retention", new[] { "main.tf:1:1-1:43" })]
    [InlineData("dont-fire-retention", new string[0])]
    public void Fires_without_a_retention_policy(string fixture, string[] expected) => RuleFixture.Ranges("IAC3133", fixture).ShouldBe(expected);
}
