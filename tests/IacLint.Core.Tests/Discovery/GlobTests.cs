using IacLint.Discovery;

namespace IacLint.Tests.Discovery;

public class GlobTests
{
    [Theory]
    [InlineData("*.json", "a/b/appsettings.json", true)]
    [InlineData("*.json", "appsettings.json", true)]
    [InlineData("src/**/*.json", "src/a/b/c.json", true)]
    [InlineData("src/**/*.json", "src/c.json", true)]
    [InlineData("src/**/*.json", "other/src/c.json", false)]
    [InlineData("src/*.json", "src/a/c.json", false)]
    [InlineData("tests/", "tests/x/appsettings.json", true)]
    [InlineData("appsettings.?.json", "appsettings.X.json", true)]
    [InlineData("appsettings.[PS]*.json", "appsettings.Staging.json", true)]
    [InlineData("appsettings.[!PS]*.json", "appsettings.Staging.json", false)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    [InlineData("**", "any/thing", true)]
    [InlineData("./deploy/*.json", "deploy/a.json", true)]
    public void Matches_like_gitignore(string pattern, string path, bool expected) =>
        Glob.Parse(pattern).IsMatch(path).ShouldBe(expected);

    [Fact]
    public void Ignore_case_is_opt_in()
    {
        Glob.Parse("*.JSON").IsMatch("a.json").ShouldBeFalse();
        Glob.Parse("*.JSON", ignoreCase: true).IsMatch("a.json").ShouldBeTrue();
    }
}

public class GitIgnoreTests
{
    [Theory]
    [InlineData("*.log", "a/b/x.log", false, true)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, null)]
    [InlineData("logs/", "logs", true, true)]
    [InlineData("logs/", "logs", false, null)]
    [InlineData("docs/*.md", "docs/a.md", false, true)]
    [InlineData("docs/*.md", "x/docs/a.md", false, null)]
    [InlineData("**/secret", "a/b/secret", true, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("\\#hash", "#hash", false, true)]
    [InlineData("# comment", "# comment", false, null)]
    [InlineData("trailing   ", "trailing", false, true)]
    public void Decides_like_git(string pattern, string path, bool isDirectory, bool? expected) =>
        GitIgnore.Parse("", pattern).Decide(path, isDirectory).ShouldBe(expected);

    [Fact]
    public void Later_negation_re_includes()
    {
        var ignore = GitIgnore.Parse("", "*.json\n!appsettings.json\n");
        ignore.Decide("x/other.json", false).ShouldBe(true);
        ignore.Decide("x/appsettings.json", false).ShouldBe(false);
    }

    [Fact]
    public void Nested_file_applies_below_its_folder_only()
    {
        var ignore = GitIgnore.Parse("sub", "/local.json");
        ignore.Decide("sub/local.json", false).ShouldBe(true);
        ignore.Decide("local.json", false).ShouldBeNull();
        ignore.Decide("sub/deeper/local.json", false).ShouldBeNull();
    }
}

public class FileWalkerTests
{
    private static string[] Walk(string root, string[]? include = null, string[]? exclude = null) =>
        FileWalker.Walk(root, (include ?? []).Select(g => Glob.Parse(g)).ToList(), (exclude ?? []).Select(g => Glob.Parse(g)).ToList())
            .Files.Select(f => f.RelativePath).ToArray();

    [Fact]
    public void Skips_build_folders_and_what_gitignore_ignores()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{}");
        temp.Write("bin/Debug/appsettings.json", "{}");
        temp.Write("obj/appsettings.json", "{}");
        temp.Write("node_modules/x/appsettings.json", "{}");
        temp.Write(".git/appsettings.json", "{}");
        temp.Write("ignored/appsettings.json", "{}");
        temp.Write("svc/appsettings.Local.json", "{}");
        temp.Write("svc/appsettings.Production.json", "{}");
        temp.Write("svc/notes.txt", "x");
        temp.Write(".gitignore", "ignored/\n");
        temp.Write("svc/.gitignore", "appsettings.*.json\n!appsettings.Production.json\n");
        Walk(temp.Path).ShouldBe(["appsettings.json", "svc/appsettings.Production.json"]);
    }

    [Fact]
    public void Include_and_exclude_globs_apply()
    {
        using var temp = new TempFolder();
        temp.Write("a/appsettings.json", "{}");
        temp.Write("b/appsettings.json", "{}");
        temp.Write("b/appsettings.Development.json", "{}");
        Walk(temp.Path, include: ["b/**"]).ShouldBe(["b/appsettings.Development.json", "b/appsettings.json"]);
        Walk(temp.Path, exclude: ["*.Development.json", "a/"]).ShouldBe(["b/appsettings.json"]);
    }

    [Fact]
    public void Never_follows_links_out_of_the_root_or_into_loops()
    {
        using var outside = new TempFolder();
        outside.Write("appsettings.json", "{}");
        using var temp = new TempFolder();
        temp.Write("app/appsettings.json", "{}");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "app", "loop"), Path.Combine(temp.Path, "app"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "escape"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "app", "appsettings.Staging.json"), Path.Combine(temp.Path, "app", "appsettings.json"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "appsettings.json"), Path.Combine(temp.Path, "missing.json"));

        var result = FileWalker.Walk(temp.Path, [], []);
        result.Files.Select(f => f.RelativePath).ShouldBe(["app/appsettings.Staging.json", "app/appsettings.json"]);
        result.Notes.Select(n => n.RelativePath).Order(StringComparer.Ordinal).ShouldBe(["app/loop", "appsettings.json", "escape"]);
    }

    [Fact]
    public void Notes_come_in_the_order_of_a_walk_one_folder_at_a_time()
    {
        // Sibling folders are walked in parallel: each folder's notes still go where a depth-first walk meets them.
        using var outside = new TempFolder();
        using var temp = new TempFolder();
        foreach (var folder in new[] { "a", "a/deep", "b", "c" }) Directory.CreateDirectory(Path.Combine(temp.Path, folder));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a", "deep", "loop"), Path.Combine(temp.Path, "a"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a", "z-escape"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a-escape"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "b", "appsettings.json"), Path.Combine(temp.Path, "b", "missing.json"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "c", "loop"), temp.Path);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "d-escape"), outside.Path);

        for (var run = 0; run < 20; run++)
        {
            FileWalker.Walk(temp.Path, [], []).Notes.Select(n => n.RelativePath)
                .ShouldBe(["a/deep/loop", "a/z-escape", "a-escape", "b/appsettings.json", "c/loop", "d-escape"]);
        }
    }
}
