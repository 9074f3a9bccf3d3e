using IacLint.Reporting.Sarif;

namespace IacLint.Tests.Reporting;

public class SourceRootTests
{
    [Fact]
    public void A_subfolder_of_a_repository_has_the_repository_as_source_root_and_its_paths_resolve_back()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        var audited = Path.Combine(temp.Path, "deploy", "k8s");
        Directory.CreateDirectory(audited);
        var root = SourceRoot.Of(audited);
        root.Folder.ShouldBe(temp.Path);
        root.AuditedFolder.ShouldBe("deploy/k8s/");
        var run = new SarifRun
        {
            Tool = new SarifTool { Driver = new SarifToolComponent { Name = "iaclint" } },
            Results = [],
            OriginalUriBaseIds = new() { [SarifWriter.SourceRootId] = new SarifArtifactLocation { Uri = new Uri(temp.Path + "/").AbsoluteUri } },
        };
        SourceRoot.LocalPath(run, "deploy/k8s/web%20app.yaml", "/elsewhere").ShouldBe(Path.Combine(audited, "web app.yaml"));
    }

    [Fact]
    public void Outside_a_repository_the_audited_folder_is_the_source_root()
    {
        using var temp = new TempFolder();
        var root = SourceRoot.Of(temp.Path);
        (root.Folder, root.AuditedFolder).ShouldBe((temp.Path, ""));
    }
}
