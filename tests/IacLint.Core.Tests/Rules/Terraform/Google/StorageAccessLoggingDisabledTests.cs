namespace IacLint.Tests.Rules;

public class StorageAccessLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-usage-logs", new[] { "main.tf:1:1-1:39" })]
    [InlineData("dont-fire-logged-or-log-bucket", new string[0])]
    public void Fires_without_usage_logs(string fixture, string[] expected) => RuleFixture.Ranges("IAC3135", fixture).ShouldBe(expected);
}
