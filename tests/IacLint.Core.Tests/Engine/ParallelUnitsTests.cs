using System.Collections.Concurrent;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Rules;
using IacLint.Syntax;
using IacLint.Terraform;
using IacLint.Terraform.Model;

namespace IacLint.Tests.Engine;

/// <summary>Work spread over the cores, largest first, gives the results of a run one unit after the other.</summary>
public class ParallelUnitsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(97)]
    public void Every_unit_runs_once_whatever_the_sizes(int count)
    {
        var runs = new ConcurrentBag<int>();
        ParallelUnits.For(count, runs.Add, i => i % 7);
        runs.Order().ShouldBe(Enumerable.Range(0, count));
        var unsized = new ConcurrentBag<int>();
        ParallelUnits.For(count, unsized.Add);
        unsized.Order().ShouldBe(Enumerable.Range(0, count));
    }

    /// <summary>Roots of very different sizes, the largest last in folder order: loaded largest first, listed in folder order.</summary>
    private static List<TerraformFile> RootsOfDifferentSizes()
    {
        var files = new List<TerraformFile>();
        for (var r = 0; r < 8; r++)
        {
            var resources = string.Concat(Enumerable.Range(0, 1 + r * r * 5).Select(i => $$"""
                resource "aws_ebs_volume" "v{{i}}" {
                  count             = var.copies
                  availability_zone = "eu-west-1a"
                  size              = {{i}}
                }

                """));
            files.Add(TerraformFile.Read(new SourceText($"envs/root{r}/main.tf", "variable \"copies\" {\n  default = 2\n}\n\nmodule \"disk\" {\n  source = \"../../modules/disk\"\n}\n\n" + resources)));
        }
        files.Add(TerraformFile.Read(new SourceText("modules/disk/main.tf", "resource \"aws_ebs_volume\" \"shared\" {\n  availability_zone = \"eu-west-1a\"\n  size = 1\n}\n")));
        return files;
    }

    [Fact]
    public void Root_modules_load_in_parallel_into_folder_order_with_the_same_resources_every_time()
    {
        var files = RootsOfDifferentSizes();
        string Describe(TerraformProject project) => string.Join("\n", project.Configurations.Select(c =>
            c.Directory + ": " + string.Join(" ", c.Resources.Select(r => r.Address))));
        var first = TerraformProject.Load(".", files, []);
        first.Configurations.Select(c => c.Directory).ShouldBe(Enumerable.Range(0, 8).Select(r => $"envs/root{r}"));
        first.RootInstances.ShouldBe(first.Configurations.Select(c => c.Root));
        first.Configurations[7].Resources.Count.ShouldBe(2 * (1 + 49 * 5) + 1);
        first.Resources.ShouldBe(first.Configurations.SelectMany(c => c.Resources));
        for (var run = 0; run < 5; run++) Describe(TerraformProject.Load(".", files, [])).ShouldBe(Describe(first));
    }

    [Fact]
    public void Coverage_counts_each_resource_per_rule_and_once_per_area()
    {
        var files = RootsOfDifferentSizes().Take(2).Append(RootsOfDifferentSizes()[^1]).ToList();
        var project = TerraformProject.Load(".", files, []);
        var volumes = project.Resources.Count(r => r.Type == "aws_ebs_volume");
        var volumeRule = RuleRegistry.All.Single(r => r.Descriptor.Id == "IAC1005");
        var moduleRule = RuleRegistry.All.OfType<IacLint.Rules.Terraform.ITerraformRule>().First(r => r is not IacLint.Rules.Terraform.ResourceRule);
        var (rules, areas) = CoverageCounter.Count([volumeRule, volumeRule, moduleRule], ["envs/root0/main.tf"], project, [], [], 0, _ => "one area");
        rules.Select(r => r.Checked).ShouldBe([volumes, volumes, project.Modules.Count]);
        var area = areas.ShouldHaveSingleItem();
        area.Rules.ShouldBe(3);
        area.Checked.ShouldBe(volumes + project.Modules.Count);
    }
}
