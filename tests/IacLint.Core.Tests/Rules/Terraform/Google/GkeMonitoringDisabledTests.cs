namespace IacLint.Tests.Rules;

public class GkeMonitoringDisabledTests
{
    [Theory]
    [InlineData("fire-legacy-or-no-monitoring", new[] { "main.tf:4:24-4:51", "main.tf:10:24-10:30" })]
    [InlineData("dont-fire-kubernetes-monitoring", new string[0])]
    public void Fires_without_kubernetes_monitoring(string fixture, string[] expected) => RuleFixture.Ranges("IAC3164", fixture).ShouldBe(expected);
}
