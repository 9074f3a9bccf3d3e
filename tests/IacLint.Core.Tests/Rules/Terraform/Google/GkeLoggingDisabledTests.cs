namespace IacLint.Tests.Rules;

public class GkeLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-legacy-or-no-logging", new[] { "main.tf:4:21-4:45", "main.tf:10:21-10:27" })]
    [InlineData("dont-fire-kubernetes-logging", new string[0])]
    public void Fires_without_kubernetes_logging(string fixture, string[] expected) => RuleFixture.Ranges("IAC3163", fixture).ShouldBe(expected);
}
