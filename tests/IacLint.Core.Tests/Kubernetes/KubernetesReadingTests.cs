using System.Diagnostics;
using IacLint.Engine;
using IacLint.Syntax;
using IacLint.Syntax.Yaml;

namespace IacLint.Tests.Kubernetes;

public class YamlReaderTests
{
    [Fact]
    public void Reads_every_document_with_exact_spans_and_comments()
    {
        var documents = YamlReader.ReadAll(new SourceText("m.yaml", "# first\na: 1\n---\nb:\n  - \"x\"  # trailing\n  - yes\n"));
        documents.Count.ShouldBe(2);
        var second = documents[1].Root.ShouldBeOfType<DataObject>();
        var items = second.Properties[0].Value.ShouldBeOfType<DataArray>().Items;
        var quoted = items[0].ShouldBeOfType<DataScalar>();
        (quoted.Kind, quoted.Text, quoted.Span.StartLine, quoted.Span.StartColumn, quoted.Span.EndColumn).ShouldBe((ScalarKind.String, "x", 5, 5, 8));
        items[1].ShouldBeOfType<DataScalar>().Kind.ShouldBe(ScalarKind.Boolean);
        documents[0].Comments.Select(c => c.Text.Trim()).ShouldBe(["first", "trailing"]);
    }

    [Fact]
    public void Block_collections_end_at_their_last_content_and_flow_ones_at_their_bracket()
    {
        var text = "env:\n  - name: A\n    value: x\n  # a comment\n\n  - name: B\n    value: &v y\nrefs: {a: 1}\nalias:\n  k: *v\n";
        var root = YamlReader.ReadAll(new SourceText("m.yaml", text)).Single().Root.ShouldBeOfType<DataObject>();
        var env = root.Find("env")!.Value.ShouldBeOfType<DataArray>();
        Range(env.Items[0]).ShouldBe((2, 5, 3, 13));
        Range(env.Items[1]).ShouldBe((6, 5, 7, 16));
        Range(env).ShouldBe((2, 3, 7, 16));
        Range(root.Find("refs")!.Value).ShouldBe((8, 7, 8, 13));
        Range(root.Find("alias")!.Value).ShouldBe((10, 3, 10, 8));
        Range(root).ShouldBe((1, 1, 10, 8));

        static (int, int, int, int) Range(DataNode node) => (node.Span.StartLine, node.Span.StartColumn, node.Span.EndLine, node.Span.EndColumn);
    }

    [Fact]
    public void Duplicate_keys_are_diagnostics()
    {
        var document = YamlReader.ReadAll(new SourceText("m.yaml", "a: 1\nb: 2\na: 3\n")).Single();
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Span.StartLine, diagnostic.Span.StartColumn).ShouldBe((3, 1));
    }

    [Fact]
    public void An_alias_bomb_is_refused_quickly()
    {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (var i = 1; i < 12; i++) text += $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]\n";
        var stopwatch = Stopwatch.StartNew();
        var document = YamlReader.ReadAll(new SourceText("bomb.yaml", text)).Single();
        document.Root.ShouldBeNull();
        document.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("alias bomb");
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the bound must stop the expansion early");
    }

    [Fact]
    public void Deep_nesting_and_syntax_errors_are_positioned_diagnostics()
    {
        YamlReader.ReadAll(new SourceText("deep.yaml", new string('[', 5000) + new string(']', 5000))).Single()
            .Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("nested more than");
        var broken = YamlReader.ReadAll(new SourceText("broken.yaml", "a: 1\n---\nb: [1, 2\nc: 3\n"));
        broken[0].Root.ShouldNotBeNull();
        broken[^1].Diagnostics.ShouldHaveSingleItem().Span.StartLine.ShouldBeGreaterThanOrEqualTo(3);
    }
}

public class KubernetesSuppressionTests
{
    private static IReadOnlyList<IacLint.Findings.Finding> Scan(string yaml, string file = "deploy.yaml")
    {
        using var temp = new TempFolder();
        temp.Write(file, yaml);
        return Scanner.Scan(new ScanOptions { Root = temp.Path }).Findings;
    }

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            iaclint.io/ignore: "IAC4004,k8s-image-not-pinned"
            iaclint.io/ignore-reason: "legacy image, replaced in Q3"
            ignore-check.kube-linter.io/run-as-non-root: "runs as root by design of the vendor image"
            polaris.fairwinds.com/hostNetworkSet-exempt: "true"
            checkov.io/skip1: CKV_K8S_16=privileged for the CNI agent
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
                - name: app
                  image: nginx:latest
                  securityContext:
                    privileged: true
                    # iaclint-ignore IAC4002: the entrypoint drops privileges itself
                    allowPrivilegeEscalation: true
        """;

    [Fact]
    public void Annotations_ours_and_the_peers_and_comments_suppress()
    {
        var findings = Scan(Deployment);
        var suppressed = findings.Where(f => f.IsSuppressed).Select(f => f.Rule.Id).Order().ToList();
        suppressed.ShouldBe(["IAC4001", "IAC4002", "IAC4003", "IAC4004", "IAC4007", "IAC4012"]);
        findings.Single(f => f.Rule.Id == "IAC4004").Suppression!.Justification.ShouldBe("legacy image, replaced in Q3");
        findings.Single(f => f.Rule.Id == "IAC4001").Suppression!.Justification.ShouldBe("privileged for the CNI agent");
        findings.Where(f => !f.IsSuppressed).Select(f => f.Rule.Id).ShouldNotContain("IAC4007");
    }

    [Fact]
    public void Helm_templates_are_reported_once_as_not_rendered()
    {
        var findings = Scan("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n", "chart/templates/cm.yaml");
        var note = findings.ShouldHaveSingleItem();
        note.Rule.Id.ShouldBe("IAC0005");
        note.Message.ShouldContain("Helm chart chart is not rendered");
    }

    [Fact]
    public void A_helm_chart_is_one_note_however_many_templates_it_has()
    {
        using var temp = new TempFolder();
        temp.Write("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        foreach (var name in new[] { "deployment", "service", "ingress", "configmap" })
        {
            temp.Write($"charts/shop/templates/{name}.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ .Release.Name }}}}-{name}\n");
        }
        temp.Write("charts/other/templates/job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Release.Name }}\n");
        var notes = Scanner.Scan(new ScanOptions { Root = temp.Path }).Findings.Where(f => f.Rule.Id == "IAC0005").ToList();
        notes.Select(n => $"{n.Location.Path}: {n.Message}").ShouldBe([
            "charts/other/templates/job.yaml: Helm chart charts/other is not rendered (IacLint does not run Helm); its template is not audited. Audit the rendered manifests or the chart's values instead.",
            "charts/shop/templates/configmap.yaml: Helm chart charts/shop is not rendered (IacLint does not run Helm); its 4 templates are not audited. Audit the rendered manifests or the chart's values instead.",
        ]);
    }
}

public class YamlRobustnessTests
{
    public static TheoryData<string> Manifests() =>
        new(Directory.GetFiles(Path.Combine(TestPaths.TestData, "k8s", "kube-linter-checks")).Order(StringComparer.Ordinal).Take(8).Select(Path.GetFileName)!);

    /// <summary>Deterministic mutations of real manifests: the reader returns diagnostics, never throws.</summary>
    [Theory]
    [MemberData(nameof(Manifests))]
    public void Mutated_manifests_never_throw(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.TestData, "k8s", "kube-linter-checks", file));
        var random = new Random(file.Length * 7919);
        const string Interesting = "&*[]{}:-?|>!%@`'\"#\n\t ,";
        for (var i = 0; i < 300; i++)
        {
            var builder = new System.Text.StringBuilder(text);
            for (var e = random.Next(1, 4); e > 0; e--)
            {
                var at = random.Next(builder.Length + 1);
                if (random.Next(2) == 0) builder.Insert(at, Interesting[random.Next(Interesting.Length)]);
                else if (builder.Length > 0) builder.Remove(Math.Min(at, builder.Length - 1), 1);
            }
            var source = new SourceText("m.yaml", builder.ToString());
            var documents = YamlReader.ReadAll(source);
            IacLint.Kubernetes.KubernetesFamily.Objects([new IacLint.Kubernetes.YamlFile(source, documents, false)], IacLint.Environments.EnvironmentNames.Default);
        }
    }
}
