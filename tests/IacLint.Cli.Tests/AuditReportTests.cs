using System.Text;
using System.Text.Json.Nodes;

namespace IacLint.Tests;

/// <summary>The HTML and Markdown audit reports and <c>iaclint report</c>, run through the built tool.</summary>
public class AuditReportTests
{
    [Fact]
    public void Markdown_report_has_the_area_table_errors_with_file_links_drift_and_the_rest_collapsed()
    {
        var run = Tool.Run("testdata/repos/webshop", "--format", "markdown");
        run.ExitCode.ShouldBe(1);
        var md = run.Stdout;
        md.ShouldContain("**17 findings** in 5 files: 3 errors, 5 warnings, 9 notes; 1 suppressed.");
        md.ShouldContain("| Area | Errors | Warnings | Notes | Checked |");
        // Rule counts grow with the catalog; what the areas examined and found does not.
        md.ShouldMatch(@"(?s).*\n\| secrets \| 3 \| 0 \| 0 \| [0-9]+ rules, 6 elements: 3 findings \|\n.*");
        md.ShouldMatch(@"(?s).*\n\| access \| 0 \| 0 \| 0 \| [0-9]+ rules, 0 elements: nothing of this kind found to check \|\n.*");
        md.ShouldMatch(@"(?s).*\n\| encryption \| 0 \| 0 \| 0 \| [0-9]+ rules, 6 elements: checked, clean \|\n.*");
        md.ShouldContain("### Errors (3)");
        md.ShouldContain("| [IAC5001](https://github.com/iaclint/iaclint/blob/main/docs/rules/IAC5001.md) Secret stored in plain text in configuration | [src/Shop.Api/appsettings.json:11](src/Shop.Api/appsettings.json#L11) |");
        md.ShouldContain("### Drift (7 unexpected differences)");
        md.ShouldContain("| appsettings · src/Shop.Api<br>Payments:ApiKey | staging: (secret, not shown) | production: (secret, not shown) |");
        md.ShouldContain("<details><summary>Warnings (5)</summary>");
        md.ShouldContain("<details><summary>Notes (9)</summary>");
        md.IndexOf("### Errors", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("<details>", StringComparison.Ordinal));
        md.ShouldNotContain("Sup3rS3cret!");
        md.ShouldNotContain("…");
    }

    [Fact]
    public void Markdown_escapes_user_text_so_it_cannot_break_tables_format_or_inject_html()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"Db<b>|`x`*_@team\": { \"Password\": \"hunter2\" } }");
        var run = Tool.In(temp.Path, ".", "--format", "markdown", "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        var row = run.Stdout.Split('\n').Single(l => l.Contains("IAC5001.md", StringComparison.Ordinal));
        row.ShouldContain("Db&lt;b&gt;&#124;\\`x\\`\\*\\_&#64;team:Password");
        row.Count(c => c == '|').ShouldBe(4, row);
        run.Stdout.ShouldNotContain("<b>");
        run.Stdout.ShouldNotContain("@team");
        run.Stdout.ShouldNotContain("hunter2");
    }

    [Fact]
    public void Markdown_of_2000_findings_stays_under_the_comment_limit_and_shows_every_error()
    {
        using var temp = new TempFolder();
        // 50 manifests of 5 containers each: one privileged container (an error) per manifest, and about ten
        // warnings per container, with long names so rows are long.
        for (var file = 0; file < 50; file++)
        {
            var yaml = new StringBuilder($"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: service-with-a-rather-long-name-{file}\nspec:\n  template:\n    spec:\n      containers:\n");
            for (var c = 0; c < 5; c++)
            {
                yaml.Append($"        - name: container-number-{c}-of-a-deployment-with-a-long-name-{file}\n          image: registry.example.com/team/app-{c}:latest\n");
                if (c == 0) yaml.Append("          securityContext:\n            privileged: true\n");
            }
            temp.Write($"k8s/app-{file:00}/deployment.yaml", yaml.ToString());
        }
        var sarif = Path.Combine(temp.Path, "all.sarif");
        var scan = Tool.In(temp.Path, ".", "--format", "sarif", "--output", sarif, "--format", "markdown", "--fail-on", "none");
        scan.ExitCode.ShouldBe(0, scan.Stderr);
        var results = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray();
        results.Count.ShouldBeGreaterThanOrEqualTo(2000);
        var errors = results.Where(r => r!["level"]!.GetValue<string>() == "error").ToList();
        errors.Count.ShouldBe(50);

        var md = scan.Stdout;
        md.Length.ShouldBeLessThan(65_536);
        foreach (var error in errors)
        {
            var location = error!["locations"]![0]!["physicalLocation"]!;
            md.ShouldContain($"({location["artifactLocation"]!["uri"]!.GetValue<string>()}#L{location["region"]!["startLine"]!.GetValue<int>()})");
        }
        md.ShouldContain($"### Errors ({errors.Count})");
        md.ShouldMatch(@"(?s).*\n[0-9,]+ more warnings are not listed here, to stay within the size of a pull request comment; see the HTML or SARIF report\.\n.*");
        md.ShouldNotContain("…");
    }

    [Fact]
    public void Html_report_is_self_contained_escaped_and_free_of_secrets()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", "{ \"AllowedHosts\": \"*\", \"Db<i>\": {\n \"Password\": \"p4ss<script>alert(1)</script>\" } }");
        var path = Path.Combine(temp.Path, "report.html");
        var run = Tool.In(temp.Path, ".", "--format", "html", "--output", path, "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        var html = File.ReadAllText(path);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        foreach (var section in new[] { "scope", "summary", "environments", "findings" }) html.ShouldContain($"<section id=\"{section}\">");
        html.ShouldContain("<svg");
        html.ShouldContain("IAC5001");
        html.ShouldContain("Db&lt;i&gt;:Password");
        html.ShouldContain("&quot;Password&quot;: (secret, not shown)");
        html.ShouldNotContain("<i>");
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("p4ss");
        html.ShouldNotContain(" src=");
        html.ShouldNotContain("stylesheet");
    }

    [Fact]
    public void Platform_html_shows_scope_areas_environments_drift_and_masks_the_kubernetes_secret()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "platform.html");
        Tool.Run("testdata/repos/platform", "--format", "html", "--output", path).ExitCode.ShouldBe(1);
        var html = File.ReadAllText(path);
        File.ReadAllText(Path.Combine(TestPaths.TestData, "repos", "platform", "k8s", "overlays", "production", "kustomization.yaml")).ShouldContain("sk_live_FAKE0000000000000000");
        html.ShouldNotContain("sk_live_FAKE");
        html.ShouldContain("<tr><th>Environments</th><td>production, staging (compared: staging → production)</td></tr>");
        html.ShouldContain("<tr><th>Expected drift</th><td><code>ConnectionStrings:*</code>");
        html.ShouldContain("<li>charts/shop/templates/deployment.yaml: Helm chart charts/shop is not rendered");
        foreach (var area in new[] { "access", "exposure", "encryption", "logging", "backup", "patching", "secrets", "drift", "config" })
        {
            html.ShouldContain($"<tr><td>{area}</td>");
        }
        html.ShouldContain("<h4>staging → production:");
        html.ShouldContain("<td>version skew</td>");
        html.ShouldContain("<th class=\"num\">staging</th><th class=\"num\">production</th>");
        html.ShouldContain("<span class=\"ln\">30</span>");
    }

    [Fact]
    public void Report_rebuilds_html_and_markdown_from_sarif_exactly_as_the_scan_wrote_them()
    {
        using var temp = new TempFolder();
        var baseline = Path.Combine(temp.Path, "baseline.sarif");
        Tool.Run("baseline", "testdata/repos/platform", "-o", baseline, "--exclude", "modules/web/**").ExitCode.ShouldBe(0);
        var scan = Tool.Run("testdata/repos/platform", "--baseline", baseline, "--fail-on", "none",
            "-f", "sarif", "-o", Path.Combine(temp.Path, "scan.sarif"),
            "-f", "html", "-o", Path.Combine(temp.Path, "scan.html"),
            "-f", "markdown", "-o", Path.Combine(temp.Path, "scan.md"));
        scan.ExitCode.ShouldBe(0, scan.Stderr);
        var report = Tool.Run("report", Path.Combine(temp.Path, "scan.sarif"),
            "-f", "html", "-o", Path.Combine(temp.Path, "report.html"),
            "-f", "markdown", "-o", Path.Combine(temp.Path, "report.md"));
        report.ExitCode.ShouldBe(0, report.Stderr);

        var html = File.ReadAllText(Path.Combine(temp.Path, "report.html"));
        html.ShouldBe(File.ReadAllText(Path.Combine(temp.Path, "scan.html")));
        html.ShouldContain("<section id=\"baseline\"><h2>Change since baseline</h2>");
        File.ReadAllText(Path.Combine(temp.Path, "report.md")).ShouldBe(File.ReadAllText(Path.Combine(temp.Path, "scan.md")));
        File.ReadAllText(Path.Combine(temp.Path, "report.md")).ShouldContain("**Since the baseline:** ");

        // Without the sources the excerpts still come from the SARIF file.
        var moved = Path.Combine(temp.Path, "elsewhere.sarif");
        File.WriteAllText(moved, File.ReadAllText(Path.Combine(temp.Path, "scan.sarif")).Replace("testdata/repos/platform", "testdata/repos/gone", StringComparison.Ordinal));
        Tool.Run("report", moved, "-f", "html").Stdout.ShouldContain("<span class=\"ln\">30</span>");
    }

    [Fact]
    public void Report_refuses_missing_and_foreign_sarif_files()
    {
        using var temp = new TempFolder();
        var missing = Tool.Run("report", Path.Combine(temp.Path, "none.sarif"));
        missing.ExitCode.ShouldBe(2);
        missing.Stderr.ShouldContain("does not exist");
        var foreign = temp.Write("other.sarif", "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"othertool\"}},\"results\":[]}]}");
        var run = Tool.Run("report", foreign);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("not by iaclint");
        Tool.Run("report", temp.Write("bad.sarif", "not json")).ExitCode.ShouldBe(2);
    }
}

public class MarkdownLinkTests
{
    [Fact]
    public void In_github_actions_file_links_point_at_the_audited_commit_on_github()
    {
        var run = Tool.WithEnvironment(TestPaths.RepoRoot,
            new Dictionary<string, string> { ["GITHUB_SERVER_URL"] = "https://github.example", ["GITHUB_REPOSITORY"] = "acme/shop" },
            "testdata/repos/webshop", "--format", "markdown");
        var commit = IacLint.Discovery.GitHead.Read(Path.Combine(TestPaths.TestData, "repos", "webshop"))?.Commit;
        if (commit is null) return; // not a git checkout: nothing to link to
        run.Stdout.ShouldContain($"[src/Shop.Api/appsettings.json:11](https://github.example/acme/shop/blob/{commit}/testdata/repos/webshop/src/Shop.Api/appsettings.json#L11)");
    }
}
