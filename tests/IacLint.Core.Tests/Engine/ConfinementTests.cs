using System.Diagnostics;
using IacLint.Engine;
using IacLint.Findings;
using IacLint.Reporting;

namespace IacLint.Tests.Engine;

/// <summary>Every reader stays inside the scan root (after resolving links), paths are Terraform's and relative,
/// and nothing depends on the process's working directory.</summary>
[Collection(WorkingDirectoryCollection.Name)]
public class ConfinementTests
{
    private const string Secret = "TOPSECRET-HOST-CONTENT";

    private const string AdminPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    private static string PolicyModule(string fileExpression) => $$"""
        resource "aws_iam_policy" "admin" {
          name   = "admin"
          policy = {{fileExpression}}
        }
        """;

    private static string Line(Finding f) => $"{f.Rule.Id} {f.Location.Path}:{f.Location.Span.StartLine}:{f.Location.Span.StartColumn} {f.Message}";

    private static string AllFormats(ScanResult result)
    {
        var text = new System.Text.StringBuilder();
        foreach (var writer in ReportWriters.All)
        {
            using var output = new StringWriter();
            writer.Write(result, output, new WriterOptions());
            text.Append(output);
        }
        return text.ToString();
    }

    [Fact]
    public void Path_module_is_right_whether_the_scan_starts_above_the_module_or_in_it()
    {
        using var folder = new TempFolder();
        folder.Write("infra/main.tf", PolicyModule("file(\"${path.module}/admin.json\")"));
        folder.Write("infra/admin.json", AdminPolicy);
        var fromParent = Scanner.Scan(new ScanOptions { Root = folder.Path }).Findings;
        var fromModule = Scanner.Scan(new ScanOptions { Root = Path.Combine(folder.Path, "infra") }).Findings;
        fromParent.ShouldContain(f => f.Rule.Id == "IAC1007");
        // Same findings at the same places (IAC3001 names the module folder, which differs by design).
        fromParent.Where(f => f.Rule.Id != "IAC3001").Select(f => Line(f).Replace("infra/", "", StringComparison.Ordinal))
            .ShouldBe(fromModule.Where(f => f.Rule.Id != "IAC3001").Select(Line));
        fromParent.Select(f => f.Rule.Id).ShouldBe(fromModule.Select(f => f.Rule.Id));
        fromParent.ShouldAllBe(f => !f.Message.Contains(folder.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_reads_files_relative_to_the_root_module_like_terraform()
    {
        using var folder = new TempFolder();
        folder.Write("envs/prod/main.tf", "module \"iam\" {\n  source = \"../../modules/iam\"\n}\n");
        folder.Write("modules/iam/main.tf", PolicyModule("file(\"${path.module}/admin.json\")"));
        folder.Write("modules/iam/admin.json", AdminPolicy);
        var findings = Scanner.Scan(new ScanOptions { Root = folder.Path }).Findings;
        findings.ShouldContain(f => f.Rule.Id == "IAC1007" && f.Location.Path == "modules/iam/main.tf");
    }

    [Fact]
    public void The_same_scan_from_two_working_directories_gives_the_same_findings()
    {
        using var folder = new TempFolder();
        folder.Write("repo/infra/main.tf", PolicyModule("file(\"admin.json\")") + "\nlocals {\n  listed = fileset(\".\", \"*.json\")\n}\n");
        folder.Write("repo/infra/admin.json", AdminPolicy);
        folder.Write("repo/infra/terraform.tfvars", "v = file(\"passwd\")\n");
        folder.Write("elsewhere/passwd", Secret);
        folder.Write("elsewhere/admin.json", "{}");
        var original = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.Combine(folder.Path, "elsewhere"));
            var first = Scanner.Scan(new ScanOptions { Root = Path.Combine(folder.Path, "repo") });
            Directory.SetCurrentDirectory(Path.Combine(folder.Path, "repo", "infra"));
            var second = Scanner.Scan(new ScanOptions { Root = Path.Combine(folder.Path, "repo") });
            first.Findings.Select(Line).ShouldBe(second.Findings.Select(Line));
            first.Findings.ShouldContain(f => f.Rule.Id == "IAC1007");
            AllFormats(first).ShouldNotContain(Secret);
        }
        finally
        {
            Directory.SetCurrentDirectory(original);
        }
    }

    public static TheoryData<string> Readers() => new()
    {
        "walker-file", "walker-folder", "file", "templatefile", "fileset", "kustomize-resource", "kustomize-patch", "kustomize-generator",
    };

    /// <summary>A link inside the repository to a file or folder outside it is refused with a note naming the link,
    /// and the outside content is in no output format.</summary>
    [Theory]
    [MemberData(nameof(Readers))]
    public void A_symbolic_link_out_of_the_root_is_refused_by_every_reader(string reader)
    {
        using var outside = new TempFolder();
        var secretFile = outside.Write("secret.json", $"{{\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}],\"Sid\":\"{Secret}\"}}");
        outside.Write("manifests/pod.yaml", $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {Secret}\nspec:\n  containers:\n    - name: x\n      image: x\n");
        using var repo = new TempFolder();
        string linkName;
        switch (reader)
        {
            case "walker-file":
                linkName = "appsettings.json";
                File.CreateSymbolicLink(Path.Combine(repo.Path, linkName), secretFile);
                break;
            case "walker-folder":
                linkName = "k8s";
                Directory.CreateSymbolicLink(Path.Combine(repo.Path, linkName), Path.Combine(outside.Path, "manifests"));
                break;
            case "file" or "templatefile" or "fileset":
                linkName = reader == "fileset" ? "policies" : "admin.json";
                repo.Write("main.tf", reader switch
                {
                    "file" => PolicyModule("file(\"admin.json\")"),
                    "templatefile" => PolicyModule("templatefile(\"admin.json\", {})"),
                    _ => PolicyModule("join(\",\", fileset(\"policies\", \"*\"))"),
                });
                if (reader == "fileset") Directory.CreateDirectory(Path.Combine(repo.Path, "policies"));
                File.CreateSymbolicLink(Path.Combine(repo.Path, reader == "fileset" ? "policies/secret.json" : linkName), secretFile);
                if (reader == "fileset") linkName = "policies/secret.json";
                break;
            default:
                repo.Write("overlays/production/kustomization.yaml", reader switch
                {
                    "kustomize-resource" => "resources:\n  - pod.yaml\n",
                    "kustomize-patch" => "resources:\n  - base.yaml\npatches:\n  - path: pod.yaml\n",
                    _ => "configMapGenerator:\n  - name: c\n    files:\n      - pod.yaml\n",
                });
                repo.Write("overlays/production/base.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: x\n      image: x:1\n");
                linkName = "overlays/production/pod.yaml";
                File.CreateSymbolicLink(Path.Combine(repo.Path, linkName), Path.Combine(outside.Path, "manifests/pod.yaml"));
                break;
        }

        var result = Scanner.Scan(new ScanOptions { Root = repo.Path });
        AllFormats(result).ShouldNotContain(Secret);
        AllFormats(result).ShouldNotContain(outside.Path);
        var notes = result.Findings.Select(f => f.Message).Concat(result.Notifications.Select(n => n.Message + " " + n.Path)).ToList();
        notes.ShouldContain(m => m.Contains(linkName, StringComparison.Ordinal) && m.Contains("outside", StringComparison.Ordinal),
            string.Join("\n", notes));
    }

    [Fact]
    public async Task A_fifo_in_the_tree_is_skipped_with_a_note_and_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        using var repo = new TempFolder();
        repo.Write("ok.tf", "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(repo.Path, "pipe.tf"))) await mkfifo.WaitForExitAsync();
        var result = await Task.Run(() => Scanner.Scan(new ScanOptions { Root = repo.Path })).WaitAsync(TimeSpan.FromSeconds(30));
        result.Notifications.ShouldContain(n => n.Path == "pipe.tf" && n.Message.Contains("FIFO", StringComparison.Ordinal));
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC1005");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "process working directory";
}
