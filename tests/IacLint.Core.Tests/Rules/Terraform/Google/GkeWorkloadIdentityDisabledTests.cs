namespace IacLint.Tests.Rules;

public class GkeWorkloadIdentityDisabledTests
{
    [Theory]
    [InlineData("fire-no-workload-identity", new[] { "main.tf:1:1-1:43" })]
    [InlineData("dont-fire-workload-pool-or-autopilot", new string[0])]
    public void Fires_without_workload_identity(string fixture, string[] expected) => RuleFixture.Ranges("IAC3159", fixture).ShouldBe(expected);
}
