namespace IacLint.Tests.Rules;

public class FirewallOpenSshTests
{
    [Theory]
    [InlineData("fire-ssh-via-tfvars-and-dynamic", new[] { "main.tf:9:19-9:35", "main.tf:21:1-21:44" })]
    [InlineData("dont-fire-restricted-or-other-ports", new string[0])]
    public void Fires_on_ssh_open_to_the_internet(string fixture, string[] expected) => RuleFixture.Ranges("IAC3100", fixture).ShouldBe(expected);

    [Fact]
    public void Relates_the_tfvars_line_the_open_range_came_from() =>
        RuleFixture.Scan("IAC3100", "fire-ssh-via-tfvars-and-dynamic")[0].RelatedLocations.ShouldHaveSingleItem().Location.Path.ShouldBe("terraform.tfvars");
}
