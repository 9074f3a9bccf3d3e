using IacLint.Terraform.Values;
using IacLint.Terragrunt;

namespace IacLint.Tests.Terragrunt;

/// <summary>Terragrunt's merge strategies, the older root layout, functions, dependencies and the JSON syntax, on the
/// small trees under <c>testdata/terragrunt/</c>.</summary>
public class TerragruntFeatureTests
{
    private static TerragruntProject Load(string tree) => TerragruntEvaluationTests.LoadSample(Path.Combine(TestPaths.TestData, "terragrunt", tree));

    private static TerragruntUnit Unit(string tree, string directory) => Load(tree).Units.Single(u => u.Directory == directory);

    private static string Text(TerragruntUnit unit, string input) => unit.Inputs[input].Value.ShouldBeOfType<TfString>().Value;

    [Fact]
    public void A_root_terragrunt_hcl_that_units_include_is_not_a_unit_and_shallow_merge_replaces_maps()
    {
        var project = Load("legacy-root");
        var unit = project.Units.ShouldHaveSingleItem();
        unit.Directory.ShouldBe("prod/app");
        Text(unit, "region").ShouldBe("eu-west-1");
        unit.Inputs["tags"].Value.ShouldBeOfType<TfObject>().Attributes.Keys.ShouldBe(["env"]);
        unit.RemoteState!.Config.Get("key").ShouldBeOfType<TfString>().Value.ShouldBe("prod/app/terraform.tfstate");
    }

    [Fact]
    public void Deep_merge_merges_maps_and_concatenates_lists()
    {
        var unit = Unit("merge-strategies", "stage/deep");
        unit.Inputs["tags"].Value.ShouldBeOfType<TfObject>().Attributes.Keys.Order().ShouldBe(["env", "team"]);
        unit.Inputs["zones"].Value.ShouldBeOfType<TfList>().Items.Select(i => ((TfString)i).Value).ShouldBe(["a", "b"]);
        Text(unit, "from").ShouldBe("../..");
        Text(unit, "to").ShouldBe("stage/deep");
        Text(unit, "team").ShouldBe("platform");
        Text(unit, "parent").ShouldEndWith("/testdata/terragrunt/merge-strategies");
    }

    [Fact]
    public void No_merge_keeps_only_the_units_own_inputs_but_the_exposed_include_is_readable()
    {
        var unit = Unit("merge-strategies", "stage/none");
        unit.Inputs.Keys.ShouldBe(["team"]);
        Text(unit, "team").ShouldBe("platform");
    }

    [Fact]
    public void Functions_defaults_mocks_and_runtime_values()
    {
        var unit = Unit("functions", "prod/app");
        Text(unit, "log_level").ShouldBe("info");
        unit.Inputs["account"].Value.ShouldBeOfType<TfUnknown>().Reason.ShouldContain("get_aws_account_id() is known only when Terragrunt runs");
        Text(unit, "size").ShouldBe("small");
        unit.Inputs["db_address"].Value.ShouldBeOfType<TfUnknown>().Reason.ShouldContain("no mock_outputs");
        Text(unit, "vpc_id").ShouldBe("vpc-mock");
        unit.Inputs["canary"].Value.ShouldBeOfType<TfBool>().Value.ShouldBeFalse();
        Text(unit, "repo_path").ShouldBe("prod/app");
        unit.Environment.ShouldBe("production");
    }

    [Fact]
    public void A_local_source_outside_any_module_folder_is_still_resolved_and_json_units_are_read()
    {
        Unit("functions", "prod/db").ModuleDirectory.ShouldBe("modules/db");
        var json = Unit("functions", "prod/json");
        Text(json, "name").ShouldBe("from-json");
        Text(json, "size").ShouldBe("M");
        json.Source!.Ref.ShouldBe("v1.0.0");
        json.File.Diagnostics.ShouldBeEmpty();
        Text(json, "shared").ShouldBe("yes");
        var named = Unit("functions", "prod/json-named");
        named.Includes.ShouldHaveSingleItem().Name.ShouldBe("common");
        named.Inputs.Keys.ShouldBe(["copied"]);
        Text(named, "copied").ShouldBe("yes");
    }

    [Fact]
    public void A_source_outside_the_scan_is_not_a_module_and_live_is_not_an_environment()
    {
        var unit = Unit("functions", "live/outside");
        unit.ModuleDirectory.ShouldBeNull();
        unit.Source!.IsRemote.ShouldBeFalse();
        unit.Environment.ShouldBeNull();
    }
}
