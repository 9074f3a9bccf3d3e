using IacLint.Findings;

namespace IacLint.Tests.Rules;

// Terragrunt rules run on each unit after its includes are merged; a setting in a shared file (root.hcl) is reported
// there, once per unit that uses it, with the unit as a related location.

public class RemoteStateNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-state", new[] { "prod/db/terragrunt.hcl:2:1-2:13", "root.hcl:7:5-7:20" })]
    [InlineData("dont-fire-encrypted-or-gcs", new string[0])]
    public void Fires_on_s3_state_without_encryption(string fixture, string[] expected) => RuleFixture.Ranges("IAC3050", fixture).ShouldBe(expected);

    [Fact]
    public void A_finding_in_the_root_file_names_the_unit_and_relates_it()
    {
        var finding = RuleFixture.Scan("IAC3050", "fire-unencrypted-state").Single(f => f.Location.Path == "root.hcl");
        finding.Message.ShouldContain("(unit stage/app)");
        finding.Environment.ShouldBe("staging");
        finding.LogicalLocation!.FullyQualifiedName.ShouldBe("app");
        finding.RelatedLocations.ShouldHaveSingleItem().Location.Path.ShouldBe("stage/app/terragrunt.hcl");
    }
}

public class RemoteStateWithoutLockingTests
{
    [Theory]
    [InlineData("fire-no-lock-table", new[] { "root.hcl:1:1-1:13" })]
    [InlineData("dont-fire-dynamodb-or-lockfile", new string[0])]
    public void Fires_on_s3_state_without_a_lock(string fixture, string[] expected) => RuleFixture.Ranges("IAC3051", fixture).ShouldBe(expected);
}

public class TerragruntSourceNotPinnedTests
{
    [Theory]
    [InlineData("fire-unpinned-sources", new[] { "prod/vpc/terragrunt.hcl:2:12-2:50", "stage/app/terragrunt.hcl:2:12-2:74", "stage/web/terragrunt.hcl:6:12-6:90" })]
    [InlineData("dont-fire-tag-commit-or-local", new string[0])]
    public void Fires_on_sources_without_a_tag_or_commit(string fixture, string[] expected) => RuleFixture.Ranges("IAC3052", fixture).ShouldBe(expected);

    [Fact]
    public void A_ref_built_from_a_local_is_evaluated() =>
        RuleFixture.Scan("IAC3052", "fire-unpinned-sources").Single(f => f.Location.Path == "stage/web/terragrunt.hcl").Message.ShouldContain("the branch \"main\"");
}

public class EnvironmentVariableWithoutDefaultTests
{
    [Theory]
    [InlineData("fire-get-env-in-production", new[] { "prod/app/terragrunt.hcl:6:3-6:31", "prod/app/terragrunt.hcl:7:3-7:25", "prod/app/terragrunt.hcl:8:3-10:4" })]
    [InlineData("dont-fire-default-or-staging", new string[0])]
    public void Fires_on_production_inputs_from_unset_variables(string fixture, string[] expected) => RuleFixture.Ranges("IAC3053", fixture).ShouldBe(expected);

    [Fact]
    public void Names_the_variable_even_through_a_local_or_a_template() =>
        RuleFixture.Scan("IAC3053", "fire-get-env-in-production").Select(f => f.Message.Split('"')[1]).ShouldBe(["DB_HOST", "AWS_REGION", "TEAM"]);
}
