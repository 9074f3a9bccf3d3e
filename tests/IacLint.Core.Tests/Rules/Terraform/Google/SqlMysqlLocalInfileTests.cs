namespace IacLint.Tests.Rules;

public class SqlMysqlLocalInfileTests
{
    [Theory]
    [InlineData("fire-local-infile-on", new[] { "main.tf:15:17-15:37", "main.tf:27:15-27:19" })]
    [InlineData("dont-fire-off-or-unset", new string[0])]
    public void Fires_when_local_infile_is_on(string fixture, string[] expected) => RuleFixture.Ranges("IAC3122", fixture).ShouldBe(expected);
}
