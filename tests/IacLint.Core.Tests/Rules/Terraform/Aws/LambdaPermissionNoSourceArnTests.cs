namespace IacLint.Tests.Rules;

public class LambdaPermissionNoSourceArnTests
{
    [Theory]
    [InlineData("fire-service-without-source", new[] { "main.tf:1:1-1:39" })]
    [InlineData("dont-fire-source-arn-or-account", new string[0])]
    public void Fires_on_service_permissions_without_source_arn(string fixture, string[] expected) => RuleFixture.Ranges("IAC1145", fixture).ShouldBe(expected);
}
