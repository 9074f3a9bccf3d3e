namespace IacLint.Tests.Rules;

public class VmNicWithoutNsgTests
{
    [Theory]
    [InlineData("dont-fire-subnet-or-nic-nsg", new string[0])]
    [InlineData("fire-unfiltered-nic", new[] { "main.tf:27:27-27:61" })]
    public void Fires_on_interfaces_without_a_security_group(string fixture, string[] expected) => RuleFixture.Ranges("IAC2077", fixture).ShouldBe(expected);
}
