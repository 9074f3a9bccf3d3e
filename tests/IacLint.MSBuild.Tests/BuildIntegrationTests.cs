namespace IacLint.Tests;

/// <summary>
/// A real consumer: a class library inside a copy of the webshop sample (with a .git folder, so it is the
/// repository root), referencing IacLint.MSBuild from the private feed, built with dotnet build.
/// </summary>
[Collection(PackagesCollection.Name)]
public class BuildIntegrationTests(Packages packages)
{
    private string CreateConsumer(string sample = "webshop")
    {
        var root = Path.Combine(packages.Work, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
        CopyDirectory(Path.Combine(TestPaths.TestData, "repos", sample), root);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.Copy(packages.NuGetConfig, Path.Combine(root, "NuGet.config"));
        var project = Path.Combine(root, "src", "Shop.Lib");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Shop.Lib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IacLint.MSBuild" Version="{packages.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Marker.cs"), "namespace Shop.Lib;\npublic static class Marker { }\n");
        return root;
    }

    private ProcessRun Build(string root, params string[] args) =>
        packages.Dotnet(root, ["build", "src/Shop.Lib", "-v:n", "--disable-build-servers", .. args]);

    [Fact]
    public void Build_shows_findings_as_warnings_with_file_line_and_code()
    {
        var root = CreateConsumer();
        var run = Build(root);
        run.ExitCode.ShouldBe(0, run.Output);
        var appsettings = Path.Combine(root, "src", "Shop.Api", "appsettings.json");
        run.Output.ShouldContain($"{appsettings}(11,15,11,112): IacLint warning IAC5001: Connection string 'ConnectionStrings:Orders' contains a literal Password");
        run.Output.ShouldContain($"{Path.Combine(root, "src", "Shop.Api", "appsettings.Production.json")}(9,3,9,11): IacLint warning IAC5006:");
        run.Output.ShouldContain("8 Warning(s)");
        run.Output.ShouldContain("IacLint audited 6 files");
        run.Output.ShouldNotContain("Sup3rS3cret!");
    }

    [Fact]
    public void Build_reports_every_family_kubernetes_kustomize_terraform_appsettings_and_toml_each_on_one_line()
    {
        var root = CreateConsumer("platform");
        // A plain manifest, audited on its own (the sample's other manifests are built through Kustomize).
        Directory.CreateDirectory(Path.Combine(root, "deploy"));
        File.WriteAllText(Path.Combine(root, "deploy", "worker.yaml"), """
            apiVersion: v1
            kind: Pod
            metadata:
              name: worker
            spec:
              containers:
                - name: worker
                  image: ghcr.io/example/worker:latest
            """);
        var run = Build(root);
        run.ExitCode.ShouldBe(0, run.Output);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var findings = lines.Where(l => l.Contains(": IacLint warning IAC", StringComparison.Ordinal) || l.Contains(": IacLint error IAC", StringComparison.Ordinal)).ToList();
        bool Has(string file, string rulePrefix) =>
            findings.Any(l => l.Contains(Path.Combine(root, file) + "(", StringComparison.Ordinal) && l.Contains($" {rulePrefix}", StringComparison.Ordinal));
        Has(Path.Combine("deploy", "worker.yaml"), "IAC40").ShouldBeTrue(run.Output);
        Has(Path.Combine("k8s", "overlays", "production", "kustomization.yaml"), "IAC40").ShouldBeTrue(run.Output);
        Has(Path.Combine("modules", "data-store", "main.tf"), "IAC10").ShouldBeTrue(run.Output);
        Has(Path.Combine("app", "appsettings.Production.json"), "IAC60").ShouldBeTrue(run.Output);
        Has(Path.Combine("app", "config.production.toml"), "IAC60").ShouldBeTrue(run.Output);
        run.Output.ShouldNotContain("IAC0001");
        // A message with a line break would leave its second half on a line of its own, without the project suffix.
        findings.Where(l => !l.EndsWith(".csproj]", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Warnaserror_and_IacLintFailOn_fail_the_build()
    {
        var root = CreateConsumer();
        var strict = Build(root, "-warnaserror");
        strict.ExitCode.ShouldNotBe(0);
        strict.Output.ShouldContain("error IAC5001");
        var failOn = Build(root, "-p:IacLintFailOn=error");
        failOn.ExitCode.ShouldNotBe(0);
        failOn.Output.ShouldContain("IacLint error IAC5001");
        failOn.Output.ShouldContain("IacLint warning IAC5002");
    }

    [Fact]
    public void No_change_build_skips_the_audit_but_still_shows_the_warnings_and_an_edit_reruns_it()
    {
        var root = CreateConsumer();
        Build(root).ExitCode.ShouldBe(0);

        var again = Build(root);
        again.Output.ShouldContain("Skipping target \"_IacLintAudit\" because all output files are up-to-date");
        again.Output.ShouldNotContain("IacLint audited");
        again.Output.ShouldContain("8 Warning(s)");
        again.Output.ShouldContain("IacLint warning IAC5001");

        var production = Path.Combine(root, "src", "Shop.Api", "appsettings.Production.json");
        File.WriteAllText(production, File.ReadAllText(production).Replace("\"DetailedErrors\": true,", "\"DetailedErrors\": false,"));
        File.SetLastWriteTimeUtc(production, DateTime.UtcNow.AddSeconds(2));
        var edited = Build(root);
        edited.Output.ShouldContain("IacLint audited 6 files");
        edited.Output.ShouldNotContain("IAC5003");
        edited.Output.ShouldContain("7 Warning(s)");
    }

    [Fact]
    public void Bad_config_is_a_build_error_naming_file_and_line()
    {
        var root = CreateConsumer();
        File.WriteAllText(Path.Combine(root, "iaclint.toml"), "[rules]\nIAC5001 = \"loud\"\n");
        var run = Build(root);
        run.ExitCode.ShouldNotBe(0);
        run.Output.ShouldContain($"{Path.Combine(root, "iaclint.toml")}(2,11): IacLint error IAC0000: A rule is set to off, on, error, warning or note, not 'loud'");
        run.Output.ShouldNotContain("   at IacLint");
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target));
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target));
        }
    }
}
