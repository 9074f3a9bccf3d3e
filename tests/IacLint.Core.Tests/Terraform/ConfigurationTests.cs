using IacLint.Engine;
using IacLint.Findings;

namespace IacLint.Tests.Terraform;

/// <summary>
/// A root module and the modules it calls form one configuration: its variable files, its per-environment tfvars and
/// its cross-resource lookups stay inside it, and drift pairs it only with its own counterparts.
/// </summary>
public class ConfigurationTests
{
    private const int Roots = 6;

    /// <summary>svc00…svc05, each with dev/staging/production tfvars; only svc03's production file turns encryption off.</summary>
    private static TempFolder ManyRootsWithEnvironmentFiles()
    {
        var repo = new TempFolder();
        for (var i = 0; i < Roots; i++)
        {
            var root = $"svc{i:00}";
            repo.Write($"{root}/main.tf", """
                variable "encrypted" {
                  type    = bool
                  default = true
                }

                resource "aws_ebs_volume" "data" {
                  availability_zone = "eu-west-1a"
                  size              = 10
                  encrypted         = var.encrypted
                }
                """);
            foreach (var environment in new[] { "dev", "staging", "production" })
            {
                var off = i == 3 && environment == "production";
                repo.Write($"{root}/{environment}.tfvars", $"encrypted = {(off ? "false" : "true")}\n");
            }
        }
        return repo;
    }

    [Fact]
    public void Per_environment_tfvars_apply_to_their_own_root_only()
    {
        using var repo = ManyRootsWithEnvironmentFiles();
        var findings = Scanner.Scan(new ScanOptions { Root = repo.Path }).Findings.Where(f => f.Rule.Id == "IAC1005").ToList();
        var finding = findings.ShouldHaveSingleItem();
        finding.Location.Path.ShouldBe("svc03/main.tf");
        finding.Environment.ShouldBe("production");
        finding.Message.ShouldContain("(with svc03/production.tfvars)");
    }

    [Fact]
    public void Drift_pairs_a_root_only_with_its_own_environments()
    {
        using var repo = ManyRootsWithEnvironmentFiles();
        var drift = Scanner.Scan(new ScanOptions { Root = repo.Path }).Findings.Where(f => f.Rule.Id.StartsWith("IAC600", StringComparison.Ordinal)).ToList();
        drift.ShouldNotBeEmpty();
        drift.ShouldAllBe(f => f.Location.Path.StartsWith("svc03/", StringComparison.Ordinal));
        drift.SelectMany(f => f.RelatedLocations).ShouldAllBe(r => r.Location.Path.StartsWith("svc03/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_setting_in_one_root_does_not_silence_another_root()
    {
        using var repo = new TempFolder();
        repo.Write("envs/dev/main.tf", """
            resource "aws_s3_account_public_access_block" "all" {
              block_public_acls       = true
              block_public_policy     = true
              ignore_public_acls      = true
              restrict_public_buckets = true
            }

            resource "aws_s3_bucket" "data" {
              bucket = "dev-data"
            }
            """);
        repo.Write("envs/production/main.tf", """
            resource "aws_s3_bucket" "data" {
              bucket = "production-data"
            }
            """);
        var findings = Scanner.Scan(new ScanOptions { Root = repo.Path }).Findings.Where(f => f.Rule.Id == "IAC1003").ToList();
        findings.ShouldHaveSingleItem().Location.Path.ShouldBe("envs/production/main.tf");
    }

    [Fact]
    public void A_shared_module_in_two_roots_gives_one_result_with_both_call_sites()
    {
        using var repo = new TempFolder();
        repo.Write("modules/disk/main.tf", """
            resource "aws_ebs_volume" "data" {
              availability_zone = "eu-west-1a"
              size              = 10
            }
            """);
        foreach (var root in new[] { "envs/staging", "envs/production" })
        {
            repo.Write($"{root}/main.tf", """
                module "disk" {
                  source = "../../modules/disk"
                }
                """);
        }
        var result = Scanner.Scan(new ScanOptions { Root = repo.Path });
        var finding = result.Findings.Where(f => f.Rule.Id == "IAC1005").ShouldHaveSingleItem();
        finding.Location.Path.ShouldBe("modules/disk/main.tf");
        finding.Message.ShouldContain("Found in 2 instances of this place");
        finding.Message.ShouldContain("root module envs/production");
        finding.Message.ShouldContain("root module envs/staging");
        finding.RelatedLocations.Select(r => r.Location.Path).ShouldBe(["envs/production/main.tf", "envs/staging/main.tf"], ignoreOrder: true);
        finding.Instances.ShouldNotBeNull().Count.ShouldBe(2);
        finding.Environment.ShouldBeNull();

        // Removing one instance keeps the fingerprint: the place, not the set of instances, is the identity.
        File.Delete(Path.Combine(repo.Path, "envs/staging/main.tf"));
        var single = Scanner.Scan(new ScanOptions { Root = repo.Path }).Findings.Where(f => f.Rule.Id == "IAC1005").ShouldHaveSingleItem();
        single.Instances.ShouldBeNull();
        single.Fingerprint.ShouldBe(finding.Fingerprint);
    }
}
