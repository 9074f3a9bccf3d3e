namespace IacLint.Tests.Rules;

public class SqlPostgresLogTempFilesTests
{
    [Theory]
    [InlineData("fire-temp-files", new[] { "main.tf:16:17-16:37", "main.tf:22:1-22:46" })]
    [InlineData("dont-fire-temp-files-ok", new string[0])]
    public void Fires_when_temp_files_are_not_all_logged(string fixture, string[] expected) => RuleFixture.Ranges("IAC3119", fixture).ShouldBe(expected);
}
