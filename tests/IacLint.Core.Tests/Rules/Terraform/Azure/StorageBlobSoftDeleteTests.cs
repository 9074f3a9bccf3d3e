namespace IacLint.Tests.Rules;

public class StorageBlobSoftDeleteTests
{
    [Theory]
    [InlineData("dont-fire-retention-or-file-storage", new string[0])]
    [InlineData("fire-no-soft-delete", new[] { "main.tf:1:1-1:42", "main.tf:18:14-18:15" })]
    public void Fires_without_blob_soft_delete(string fixture, string[] expected) => RuleFixture.Ranges("IAC2016", fixture).ShouldBe(expected);
}
