using IacLint.Environments;
using IacLint.Syntax;
using IacLint.Terraform.Values;
using IacLint.Terragrunt;

namespace IacLint.Tests.Terragrunt;

/// <summary>The live-repository sample evaluated like Terragrunt: includes, read_terragrunt_config,
/// find_in_parent_folders, merged inputs, sources, remote state, environments and pair keys.</summary>
public class TerragruntEvaluationTests
{
    private static readonly string Sample = Path.Combine(TestPaths.TestData, "repos", "terragrunt-live");

    internal static TerragruntProject LoadSample(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => IacLint.Discovery.FileClassifier.IsTerragrunt(Path.GetFileName(p)))
            .Select(p => TerragruntFile.Read(new SourceText(Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p))))
            .ToList();
        return TerragruntProject.Load(root, files, EnvironmentNames.Default);
    }

    private static TerragruntUnit Unit(string directory) => LoadSample(Sample).Units.Single(u => u.Directory == directory);

    [Fact]
    public void Units_get_their_environment_and_pair_key_from_the_path()
    {
        var units = LoadSample(Sample).Units.Select(u => (u.Directory, u.Environment, u.PairKey)).ToList();
        units.ShouldBe([
            ("non-prod/us-east-1/qa/mysql", "test", "mysql"),
            ("non-prod/us-east-1/qa/webserver-cluster", "test", "webserver-cluster"),
            ("non-prod/us-east-1/stage/mysql", "staging", "mysql"),
            ("non-prod/us-east-1/stage/webserver-cluster", "staging", "webserver-cluster"),
            ("prod/us-east-1/prod/mysql", "production", "mysql"),
            ("prod/us-east-1/prod/webserver-cluster", "production", "webserver-cluster"),
        ]);
    }

    [Fact]
    public void Inputs_merge_root_envcommon_and_unit_with_the_line_that_set_each()
    {
        var prod = Unit("prod/us-east-1/prod/mysql");
        prod.Inputs["instance_class"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("db.r6g.large");
        prod.Inputs["instance_class"].Location.Path.ShouldBe("prod/us-east-1/prod/mysql/terragrunt.hcl");
        prod.Inputs["name"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("mysql_prod");
        prod.Inputs["name"].Location.Path.ShouldBe("_envcommon/mysql.hcl");
        prod.Inputs["aws_account_id"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("222222222222");
        prod.Inputs["aws_account_id"].Location.Path.ShouldBe("prod/account.hcl");
        prod.Inputs["environment"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("prod");
        prod.Inputs["master_password"].Value.ShouldBeOfType<TfUnknown>().Reason.ShouldStartWith("get_env(\"DB_MASTER_PASSWORD\")");
        Unit("non-prod/us-east-1/stage/mysql").Inputs["instance_class"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("db.t3.micro");
    }

    [Fact]
    public void Local_and_remote_sources_are_resolved()
    {
        var mysql = Unit("non-prod/us-east-1/stage/mysql");
        mysql.Source!.IsRemote.ShouldBeFalse();
        mysql.ModuleDirectory.ShouldBe("modules/mysql");
        var web = Unit("prod/us-east-1/prod/webserver-cluster");
        web.Source!.IsRemote.ShouldBeTrue();
        web.Source.Ref.ShouldBe("v0.7.0");
        web.Source.Text.ShouldBe("git::https://github.com/acme/infrastructure-modules.git//webserver-cluster?ref=v0.7.0");
        web.Inputs["db_endpoint"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("mock-mysql:3306");
        web.Inputs["name"].Value.ShouldBeOfType<TfString>().Value.ShouldBe("webserver-prod");
    }

    [Fact]
    public void Remote_state_comes_from_the_root_with_path_relative_to_include()
    {
        var state = Unit("prod/us-east-1/prod/mysql").RemoteState!;
        state.Backend.ShouldBe("s3");
        state.Config.Get("key").ShouldBeOfType<TfString>().Value.ShouldBe("prod/us-east-1/prod/mysql/tf.tfstate");
        state.Config.Get("bucket").ShouldBeOfType<TfString>().Value.ShouldBe("acme-tf-state-prod-us-east-1");
        state.Config.Get("encrypt").ShouldBeOfType<TfBool>().Value.ShouldBeTrue();
        state.LocationOf("encrypt").Path.ShouldBe("root.hcl");
        Unit("prod/us-east-1/prod/mysql").Generated.ShouldBe(["provider"]);
    }
}
