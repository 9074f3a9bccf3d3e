using IacLint.Discovery;
using IacLint.Engine;
using IacLint.Reporting;

namespace IacLint.Tests.Reporting;

public class GitHeadTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Reads_a_loose_branch_ref_from_a_parent_folder()
    {
        using var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/feature/audit\n");
        temp.Write(".git/refs/heads/feature/audit", Commit + "\n");
        temp.Write("infra/main.tf", "");
        GitHead.Read(Path.Combine(temp.Path, "infra")).ShouldBe(new GitRevision(Commit, "feature/audit", "infra"));
    }

    [Fact]
    public void Reads_packed_refs_and_a_detached_head()
    {
        using var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        temp.Write(".git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\n" + Commit + " refs/heads/main\n");
        GitHead.Read(temp.Path).ShouldBe(new GitRevision(Commit, "main"));
        temp.Write(".git/HEAD", Commit + "\n");
        GitHead.Read(temp.Path).ShouldBe(new GitRevision(Commit, null));
    }

    [Fact]
    public void Follows_a_worktree_gitdir_file_to_the_common_refs()
    {
        using var temp = new TempFolder();
        temp.Write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/report\n");
        temp.Write("main/.git/worktrees/wt/commondir", "../..\n");
        temp.Write("main/.git/refs/heads/report", Commit);
        temp.Write("wt/.git", "gitdir: " + Path.Combine(temp.Path, "main", ".git", "worktrees", "wt") + "\n");
        GitHead.Read(Path.Combine(temp.Path, "wt")).ShouldBe(new GitRevision(Commit, "report"));
    }

    [Fact]
    public void A_folder_outside_any_repository_or_a_branch_without_commits_has_no_revision()
    {
        using var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/new\n");
        GitHead.Read(temp.Path).ShouldBeNull();
        temp.Write(".git/HEAD", "garbage");
        GitHead.Read(temp.Path).ShouldBeNull();
    }
}

public class CodeExcerptMaskingTests
{
    [Theory]
    [InlineData("    \"Password\": \"hunter2\",", null, "    \"Password\": (secret, not shown)")]
    [InlineData("  password = \"hunter2\"", null, "  password = (secret, not shown)")]
    [InlineData("db_password: hunter2", null, "db_password: (secret, not shown)")]
    [InlineData("  \"Orders\": \"Server=db;Password=hunter2;\",", null, "  \"Orders\": (secret, not shown)")]
    [InlineData("Server=db;Password=hunter2", null, "Server= (secret, not shown)")]
    [InlineData("            value: \"hunter2\"", "          - name: Payments__ApiKey", "            value: (secret, not shown)")]
    [InlineData("  \"Password\": \"${DB_PASSWORD}\",", null, "  \"Password\": \"${DB_PASSWORD}\",")]
    [InlineData("            value: \"8080\"", "          - name: PORT", "            value: \"8080\"")]
    [InlineData("  instance_class = \"db.t3.micro\"", null, "  instance_class = \"db.t3.micro\"")]
    public void Masks_values_that_may_be_secrets_and_nothing_else(string line, string? previous, string expected) =>
        CodeExcerpts.Mask(line, previous).ShouldBe(expected);
}

public class AreaCoverageTests
{
    [Fact]
    public void An_area_whose_rules_examined_resources_without_findings_reads_checked_clean()
    {
        using var temp = new TempFolder();
        temp.Write("main.tf", """
            resource "aws_ebs_volume" "data" {
              availability_zone = "eu-west-1a"
              size              = 10
              encrypted         = true
              kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
            }
            """);
        var result = Scanner.Scan(new ScanOptions { Root = temp.Path });
        var encryption = result.Scope.Areas.Single(a => a.Area == "encryption");
        encryption.Rules.ShouldBeGreaterThan(1);
        encryption.Checked.ShouldBeGreaterThanOrEqualTo(1); // the volume, and the module for module-level rules
        result.Scope.Rules.Single(r => r.RuleId == "IAC1005").Checked.ShouldBe(1);
        result.Scope.Rules.Single(r => r.RuleId == "IAC1004").Checked.ShouldBe(0);
        result.Scope.FilesByFamily["terraform"].ShouldBe(1);

        var report = AuditReport.Build(result);
        report.Areas.Single(a => a.Area == "encryption").Status.ShouldBe("checked, clean");
        report.Areas.Single(a => a.Area == "drift").Status.ShouldBe("nothing of this kind found to check");
    }
}
