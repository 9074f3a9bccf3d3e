namespace IacLint.Tests.Rules;

public class SearchDomainNodeToNodeEncryptionDisabledTests
{
    [Theory]
    [InlineData("fire-plaintext-nodes", new[] { "main.tf:1:1-1:42", "main.tf:8:15-8:20" })]
    [InlineData("dont-fire-encrypted-nodes", new string[0])]
    public void Fires_without_node_to_node_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC1130", fixture).ShouldBe(expected);
}
