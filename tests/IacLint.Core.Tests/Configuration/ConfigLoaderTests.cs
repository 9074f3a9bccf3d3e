using IacLint.Configuration;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Syntax;

namespace IacLint.Tests.Configuration;

public class ConfigLoaderTests
{
    private static ConfigLoader.Result Parse(string text) => ConfigLoader.Parse(new SourceText("iaclint.toml", text));

    [Fact]
    public void Reads_every_setting()
    {
        var result = Parse("""
            [scan]
            include = ["src/**"]
            exclude = ["**/testdata/**"]
            fail-on = "warning"

            [rules]
            IAC5005 = "off"
            debug-log-level-in-production = "error"

            [environments.aliases]
            production = ["prod-eu"]
            """);
        result.Errors.ShouldBeEmpty();
        result.Config.Include.ShouldBe(["src/**"]);
        result.Config.Exclude.ShouldBe(["**/testdata/**"]);
        result.Config.FailOn.ShouldBe(Level.Warning);
        result.Config.Rules["IAC5005"].Enabled.ShouldBeFalse();
        result.Config.Rules["IAC5002"].Level.ShouldBe(Level.Error);
        result.Config.EnvironmentAliases["production"].ShouldBe(["prod-eu"]);
    }

    [Theory]
    [InlineData("[scan]\nincldue = []", 2, 1, "Unknown setting 'incldue'")]
    [InlineData("[rules]\nIAC9999 = \"off\"", 2, 1, "not a rule id or name")]
    [InlineData("[rules]\nIAC5001 = \"loud\"", 2, 11, "off, on, error, warning or note")]
    [InlineData("[scan]\nfail-on = 3", 2, 11, "must be a string")]
    [InlineData("[report]\nx = 1", 1, 2, "Unknown section 'report'")]
    [InlineData("[scan]\ninclude = [1]", 2, 12, "only strings")]
    [InlineData("[scan\n", 1, 6, "")]
    [InlineData("a = 1\na = 2", 2, 1, "")]
    public void Bad_settings_are_errors_with_line_and_column(string text, int line, int column, string message)
    {
        var error = Parse(text).Errors.ShouldHaveSingleItem();
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("[scan]\nincldue = []", "Unknown setting 'incldue' in [scan]; did you mean 'include'? (known: include, exclude, fail-on)")]
    [InlineData("[scan]\nfailon = \"note\"", "did you mean 'fail-on'?")]
    [InlineData("[rules]\nplaintext-secrte = \"off\"", "'plaintext-secrte' is not a rule id or name; did you mean 'plaintext-secret'?")]
    [InlineData("[envirnoments]\ncompare = []", "Unknown section 'envirnoments'; did you mean 'environments'?")]
    [InlineData("[drift]\nexpect = []", "did you mean 'expected'?")]
    public void Unknown_names_suggest_the_nearest_known_one(string text, string message) =>
        Parse(text).Errors.ShouldHaveSingleItem().Message.ShouldContain(message);

    [Fact]
    public void The_starter_file_is_valid()
    {
        Parse(ConfigLoader.StarterFile).Errors.ShouldBeEmpty();
        var uncommented = string.Join('\n', ConfigLoader.StarterFile.Split('\n').Select(l => l.StartsWith("# ") && l.Contains(" = ") ? l[2..] : l));
        var result = Parse(uncommented);
        result.Errors.ShouldBeEmpty();
        result.Config.Rules.Count.ShouldBe(2);
    }

    [Fact]
    public void Rule_settings_turn_rules_off_and_change_levels_in_a_scan()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\", \"DetailedErrors\": true }");
        temp.Write("iaclint.toml", "[rules]\nIAC5003 = \"off\"\nallowed-hosts-wildcard-in-production = \"error\"\n");
        var result = Scanner.Scan(new ScanOptions { Root = temp.Path });
        result.Findings.Select(f => (f.Rule.Id, f.Level)).ShouldBe([("IAC5004", Level.Error)]);
        result.Rules.ShouldNotContain(r => r.Id == "IAC5003");
    }
}
