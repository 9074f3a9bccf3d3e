namespace IacLint.Tests.Rules;

public class ComputeShieldedVmIntegrityMonitoringDisabledTests
{
    [Theory]
    [InlineData("fire-integrity-monitoring-off", new[] { "main.tf:6:35-6:45" })]
    [InlineData("dont-fire-integrity-monitoring-default", new string[0])]
    public void Fires_when_integrity_monitoring_is_off(string fixture, string[] expected) => RuleFixture.Ranges("IAC3185", fixture).ShouldBe(expected);
}
