namespace IacLint.Tests.Rules;

public class ComputeSerialPortEnabledTests
{
    [Theory]
    [InlineData("fire-serial-port", new[] { "main.tf:8:14-10:4" })]
    [InlineData("dont-fire-serial-port-off", new string[0])]
    public void Fires_when_the_serial_port_is_enabled(string fixture, string[] expected) => RuleFixture.Ranges("IAC3177", fixture).ShouldBe(expected);
}
