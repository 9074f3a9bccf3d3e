namespace IacLint.Tests.Rules;

public class RdsLogExportsDisabledTests
{
    [Theory]
    [InlineData("fire-no-exports-via-tfvars", new[] { "main.tf:8:37-8:52", "main.tf:11:1-11:37" })]
    [InlineData("dont-fire-exports", new string[0])]
    public void Fires_when_no_log_is_exported(string fixture, string[] expected) => RuleFixture.Ranges("IAC1107", fixture).ShouldBe(expected);
}
