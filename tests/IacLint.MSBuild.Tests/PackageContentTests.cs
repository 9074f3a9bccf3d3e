using System.IO.Compression;
using System.Text.Json;

namespace IacLint.Tests;

/// <summary>What is inside the packed packages: everything the task loads, nothing twice, a readme each.</summary>
[Collection(PackagesCollection.Name)]
public class PackageContentTests(Packages packages)
{
    [Fact]
    public void Task_folder_holds_every_runtime_assembly_its_deps_json_names()
    {
        using var package = ZipFile.OpenRead(packages.PackagePath("IacLint.MSBuild"));
        var taskFiles = package.Entries.Where(e => e.FullName.StartsWith("tasks/net10.0/", StringComparison.Ordinal))
            .Select(e => e.FullName["tasks/net10.0/".Length..]).ToHashSet(StringComparer.Ordinal);
        using var deps = JsonDocument.Parse(package.GetEntry("tasks/net10.0/IacLint.MSBuild.deps.json")!.Open());
        var needed = new List<string>();
        foreach (var target in deps.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("runtime", out var runtime)) continue;
                needed.AddRange(runtime.EnumerateObject().Select(r => Path.GetFileName(r.Name)));
            }
        }
        needed.ShouldContain("YamlDotNet.dll");
        needed.ShouldContain("Tomlyn.dll");
        needed.Where(n => !taskFiles.Contains(n)).ShouldBeEmpty();
    }

    [Fact]
    public void Task_assemblies_are_ready_to_run_and_the_deps_json_portable()
    {
        // The task runs inside every build: its code is compiled ahead of time for the platform it was packed on
        // (the runtime ignores that code elsewhere), and its deps.json names no platform so it loads everywhere.
        using var package = ZipFile.OpenRead(packages.PackagePath("IacLint.MSBuild"));
        foreach (var name in new[] { "IacLint.Core.dll", "IacLint.MSBuild.dll", "YamlDotNet.dll", "Tomlyn.dll" })
        {
            using var copy = new MemoryStream();
            using (var entry = package.GetEntry("tasks/net10.0/" + name)!.Open()) entry.CopyTo(copy);
            copy.Position = 0;
            using var image = new System.Reflection.PortableExecutable.PEReader(copy);
            image.PEHeaders.CorHeader!.Flags.HasFlag(System.Reflection.PortableExecutable.CorFlags.ILLibrary).ShouldBeTrue(name);
        }
        using var deps = JsonDocument.Parse(package.GetEntry("tasks/net10.0/IacLint.MSBuild.deps.json")!.Open());
        deps.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString().ShouldBe(".NETCoreApp,Version=v10.0");
    }

    [Fact]
    public void Command_line_tool_is_shipped_once()
    {
        using var package = ZipFile.OpenRead(packages.PackagePath("IacLint.MSBuild"));
        var copies = package.Entries.Where(e => e.Name == "iaclint.dll").Select(e => e.FullName).ToList();
        copies.ShouldBe(["tools/cli/iaclint.dll"]);
    }

    [Fact]
    public void Build_integration_ships_no_native_tool()
    {
        // The per-platform folders the tool's packing leaves in its output are the tool packages' business.
        using var package = ZipFile.OpenRead(packages.PackagePath("IacLint.MSBuild"));
        package.Entries.Where(e => e.Name == "iaclint" || e.Name.EndsWith(".dbg", StringComparison.Ordinal)).Select(e => e.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void Tool_entry_package_names_the_native_package_and_the_framework_dependent_fallback()
    {
        using (var entry = ZipFile.OpenRead(packages.PackagePath("IacLint")))
        {
            var settings = System.Xml.Linq.XDocument.Load(entry.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id")))
                .ShouldBe([("linux-x64", "IacLint.linux-x64"), ("any", "IacLint.any")]);
        }
        using (var native = ZipFile.OpenRead(packages.PackagePath("IacLint.linux-x64")))
        {
            var tool = native.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.Name).ToList();
            tool.ShouldContain("iaclint");
            tool.ShouldNotContain(n => n.EndsWith(".dll", StringComparison.Ordinal) || n.EndsWith(".dbg", StringComparison.Ordinal));
        }
        using (var fallback = ZipFile.OpenRead(packages.PackagePath("IacLint.any")))
        {
            fallback.Entries.Select(e => e.Name).ShouldContain("iaclint.dll");
        }
    }

    [Theory]
    [InlineData("IacLint")]
    [InlineData("IacLint.linux-x64")]
    [InlineData("IacLint.any")]
    [InlineData("IacLint.MSBuild")]
    public void Package_has_a_readme(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        package.GetEntry("README.md").ShouldNotBeNull();
    }

    [Fact]
    public void Packing_warns_about_nothing()
    {
        packages.PackOutput.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }
}
