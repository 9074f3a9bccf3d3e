using IacLint.Rules;

namespace IacLint.Tests.Rules;

/// <summary>
/// Every rule has fixtures under <c>testdata/rules/ID/</c>: folders named <c>fire-*</c> must produce at least one
/// finding of that rule, <c>dont-fire-*</c> none; and every rule has its generated help page.
/// </summary>
public class FixtureConventionTests
{
    public static TheoryData<string> RuleIds() => new(RuleRegistry.All.Select(r => r.Descriptor.Id));

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in RuleRegistry.All)
        {
            var folder = Path.Combine(TestPaths.RuleFixtures, rule.Descriptor.Id);
            if (!Directory.Exists(folder)) continue;
            foreach (var fixture in Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                data.Add(rule.Descriptor.Id, fixture!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_fixtures_that_fire_and_fixtures_that_must_not(string ruleId)
    {
        var folder = Path.Combine(TestPaths.RuleFixtures, ruleId);
        Directory.Exists(folder).ShouldBeTrue($"testdata/rules/{ruleId} is missing");
        var names = Directory.GetDirectories(folder).Select(Path.GetFileName).ToList();
        names.ShouldContain(n => n!.StartsWith("fire-", StringComparison.Ordinal));
        names.ShouldContain(n => n!.StartsWith("dont-fire-", StringComparison.Ordinal));
        names.ShouldAllBe(n => n!.StartsWith("fire-") || n.StartsWith("dont-fire-"));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_fires_exactly_as_its_name_says(string ruleId, string fixture)
    {
        var findings = RuleFixture.Scan(ruleId, fixture);
        if (fixture.StartsWith("fire-", StringComparison.Ordinal)) findings.ShouldNotBeEmpty();
        else findings.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_page_in_docs_matches_the_rule(string ruleId)
    {
        var rule = RuleRegistry.Find(ruleId)!;
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "rules", ruleId + ".md");
        if (Environment.GetEnvironmentVariable("IACLINT_UPDATE_DOCS") == "1") File.WriteAllText(path, rule.Descriptor.HelpMarkdown);
        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with IACLINT_UPDATE_DOCS=1 or 'iaclint rules --docs docs/rules'");
        File.ReadAllText(path).ShouldBe(rule.Descriptor.HelpMarkdown, $"{path} is out of date; regenerate it");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_is_complete(string ruleId)
    {
        var d = RuleRegistry.Find(ruleId)!.Descriptor;
        d.Id.ShouldMatch("^IAC[0-9]{4}$");
        d.Name.ShouldMatch("^[a-z0-9]+(-[a-z0-9]+)*$");
        new[] { d.Title, d.Description, d.Why, d.HowToFix, d.Example }.ShouldAllBe(text => !string.IsNullOrWhiteSpace(text));
        d.Tags.ShouldNotBeEmpty();
        if (d.Tags.Contains("security")) d.SecuritySeverity.ShouldNotBeNull();
        if (d.SecuritySeverity is { } severity) severity.ShouldBeInRange(0.0, 10.0);
        d.Equivalents.ShouldAllBe(id => id.Contains(':'));
        d.Related.ShouldAllBe(id => id.Contains(':'));
        d.Related.Intersect(d.Equivalents).ShouldBeEmpty("a peer check is either equivalent or related, not both");
        // Exactly one audit area, and it is one of the tags.
        d.Tags.Count(tag => AuditAreas.TryParse(tag, out _)).ShouldBe(1, $"{ruleId} must carry exactly one audit area tag");
        d.Tags.ShouldContain(d.Area.ToName());
        if (ruleId is ['I', 'A', 'C', '1', ..]) d.Tags.ShouldContain("aws");
        if (ruleId is ['I', 'A', 'C', '2', ..]) d.Tags.ShouldContain("azure");
        if (ruleId is ['I', 'A', 'C', '1' or '2' or '3', ..]) d.Tags.ShouldContain("terraform");
    }

    [Fact]
    public void Rule_index_in_docs_matches_the_registry()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "rules", "README.md");
        var expected = RuleCatalog.IndexMarkdown(RuleRegistry.All.Select(r => r.Descriptor).ToList());
        if (Environment.GetEnvironmentVariable("IACLINT_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        File.ReadAllText(path).ShouldBe(expected, $"{path} is out of date; run the tests with IACLINT_UPDATE_DOCS=1 or 'iaclint rules --docs docs/rules'");
    }
}
