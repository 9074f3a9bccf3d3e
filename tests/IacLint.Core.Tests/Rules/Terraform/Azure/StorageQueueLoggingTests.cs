namespace IacLint.Tests.Rules;

public class StorageQueueLoggingTests
{
    [Theory]
    [InlineData("dont-fire-logged-or-no-queues", new string[0])]
    [InlineData("fire-queues-without-logging", new[] { "main.tf:1:1-1:42", "main.tf:14:1-14:44" })]
    public void Fires_on_queues_without_logging(string fixture, string[] expected) => RuleFixture.Ranges("IAC2014", fixture).ShouldBe(expected);
}
