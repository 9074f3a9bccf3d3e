using IacLint.Environments;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Tests.Kubernetes;

/// <summary>
/// The native Kustomize build on Online Boutique's real layout (testdata/k8s/microservices-demo). Expectations are
/// worked out from Kustomize's documented semantics: resources are concatenated, components add resources and apply
/// their patches, strategic merge patches merge containers and env by name, and <c>$patch: delete</c> removes an
/// object or a list item.
/// </summary>
public class KustomizeBuildTests
{
    private static readonly string Root = Path.Combine(TestPaths.TestData, "k8s", "microservices-demo", "kustomize");

    private static IReadOnlyList<KubernetesObject> Build(string overlay)
    {
        var files = Directory.GetFiles(Path.Combine(Root), "*.yaml", SearchOption.AllDirectories)
            .Select(f => KubernetesFamily.Read(new SourceText(Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f))))
            .ToList();
        var (objects, notes) = KubernetesFamily.Load(Root, files, EnvironmentNames.Default);
        notes.ShouldBeEmpty();
        return objects.Where(o => o.Overlay?.Directory == overlay).ToList();
    }

    private static DataObject Container(KubernetesObject deployment, string name) =>
        deployment.PodSpec!.Containers().Single(c => c.Name == name).Node;

    private static string? Env(DataObject container, string name) =>
        (container.Find("env")?.Value as DataArray)?.Items.OfType<DataObject>()
            .FirstOrDefault(e => KubernetesObject.Text(e.Find("name")?.Value) == name) is { } variable
            ? KubernetesObject.Text(variable.Find("value")?.Value) ?? "(valueFrom)"
            : null;

    [Fact]
    public void Overlays_built_side_by_side_come_out_in_the_same_order_every_time()
    {
        var files = Directory.GetFiles(Path.Combine(Root), "*.yaml", SearchOption.AllDirectories)
            .Select(f => KubernetesFamily.Read(new SourceText(Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f))))
            .ToList();
        string Describe() => string.Join("\n", KubernetesFamily.Load(Root, files, EnvironmentNames.Default).Objects
            .Select(o => $"{o.Overlay?.Directory} {o.Identity} {o.Source.Path}"));
        var first = Describe();
        first.Split('\n').Select(l => l.Split(' ')[0]).Distinct().Count().ShouldBeGreaterThan(2);
        for (var run = 0; run < 5; run++) Describe().ShouldBe(first);
    }

    [Fact]
    public void Root_kustomization_is_the_base_as_written()
    {
        var objects = Build(".");
        objects.Count(o => o.Kind == "Deployment").ShouldBe(12);
        objects.ShouldContain(o => o.Identity == "Service/default/frontend-external");
        objects.ShouldContain(o => o.Identity == "Deployment/default/redis-cart");
        objects.ShouldAllBe(o => o.Source.Path.StartsWith("base/"));
    }

    [Fact]
    public void Components_add_resources_patch_containers_and_delete_objects()
    {
        var objects = Build("tests/memorystore-with-all-components");
        objects.ShouldNotContain(o => o.Identity == "Deployment/default/redis-cart" || o.Identity == "Service/default/redis-cart");
        objects.ShouldContain(o => o.Identity == "NetworkPolicy/default/redis-cart");
        objects.Count(o => o.Kind == "NetworkPolicy").ShouldBe(13);
        objects.ShouldContain(o => o.Identity == "Deployment/default/opentelemetrycollector");

        var cart = Container(objects.Single(o => o.Identity == "Deployment/default/cartservice"), "server");
        Env(cart, "REDIS_ADDR").ShouldBe("REDIS_CONNECTION_STRING");
        Env(Container(objects.Single(o => o.Identity == "Deployment/default/frontend"), "server"), "CYMBAL_BRANDING").ShouldBe("true");
        var currency = Container(objects.Single(o => o.Identity == "Deployment/default/currencyservice"), "server");
        Env(currency, "DISABLE_PROFILER").ShouldBeNull();
        Env(currency, "ENABLE_TRACING").ShouldBe("1");
        Env(currency, "PORT").ShouldBe("7000");
    }

    [Fact]
    public void Patched_values_point_at_the_patch_line_and_untouched_values_at_the_base()
    {
        var objects = Build("tests/memorystore-with-all-components");
        var cart = Container(objects.Single(o => o.Identity == "Deployment/default/cartservice"), "server");
        var redis = ((DataArray)cart.Find("env")!.Value).Items.OfType<DataObject>().Single(e => KubernetesObject.Text(e.Find("name")?.Value) == "REDIS_ADDR");
        var value = redis.Find("value")!.Value;
        value.Source!.Path.ShouldBe("components/memorystore/kustomization.yaml");
        var line = File.ReadAllLines(Path.Combine(Root, "components", "memorystore", "kustomization.yaml")).ToList()
            .FindIndex(l => l.Contains("\"REDIS_CONNECTION_STRING\"")) + 1;
        value.Span.StartLine.ShouldBe(line);
        cart.Find("image")!.Value.Source!.Path.ShouldBe("base/cartservice.yaml");
    }

    [Fact]
    public void Overlay_transformers_apply_namespace_prefix_labels_images_and_replicas()
    {
        using var temp = new TempFolder();
        temp.Write("base/app.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              selector:
                matchLabels: { app: web }
              template:
                metadata:
                  labels: { app: web }
                spec:
                  containers:
                    - name: app
                      image: ghcr.io/example/web:1.0.0
            """);
        temp.Write("base/kustomization.yaml", "resources:\n  - app.yaml\n");
        temp.Write("overlays/production/kustomization.yaml", """
            resources:
              - ../../base
            namespace: shop
            namePrefix: prod-
            commonLabels:
              team: checkout
            images:
              - name: ghcr.io/example/web
                newTag: 1.4.2
            replicas:
              - name: web
                count: 3
            patchesJson6902:
              - target: { kind: Deployment, name: web }
                patch: |-
                  - op: add
                    path: /spec/template/spec/containers/0/securityContext
                    value: { readOnlyRootFilesystem: true }
            """);
        var files = Directory.GetFiles(temp.Path, "*.yaml", SearchOption.AllDirectories)
            .Select(f => KubernetesFamily.Read(new SourceText(Path.GetRelativePath(temp.Path, f).Replace('\\', '/'), File.ReadAllText(f)))).ToList();
        var (objects, notes) = KubernetesFamily.Load(temp.Path, files, EnvironmentNames.Default);
        notes.ShouldBeEmpty();
        var web = objects.ShouldHaveSingleItem();
        web.Identity.ShouldBe("Deployment/shop/prod-web");
        web.Environment.ShouldBe("production");
        web.Labels["team"].ShouldBe("checkout");
        KubernetesObject.Text(KubernetesObject.Path(web.Root, "spec", "replicas")).ShouldBe("3");
        KubernetesObject.Text(KubernetesObject.Path(web.Root, "spec", "selector", "matchLabels", "team")).ShouldBe("checkout");
        var container = web.PodSpec!.Containers().Single();
        KubernetesObject.Text(container.Node.Find("image")?.Value).ShouldBe("ghcr.io/example/web:1.4.2");
        container.Setting("readOnlyRootFilesystem")!.Value.Source!.Path.ShouldBe("overlays/production/kustomization.yaml");
    }
}

/// <summary>A base built by several overlays fails at one base line once per overlay: one result names them all.</summary>
public class KustomizeBaseResultTests
{
    [Fact]
    public void A_base_used_by_two_overlays_gives_one_result_naming_both()
    {
        using var repo = new TempFolder();
        repo.Write("k8s/base/kustomization.yaml", "resources:\n  - deployment.yaml\n");
        repo.Write("k8s/base/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        privileged: true
            """);
        foreach (var overlay in new[] { "staging", "production" })
        {
            repo.Write($"k8s/overlays/{overlay}/kustomization.yaml", $"resources:\n  - ../../base\nnamespace: {overlay}\n");
        }
        var findings = IacLint.Engine.Scanner.Scan(new IacLint.Engine.ScanOptions { Root = repo.Path }).Findings
            .Where(f => f.Rule.Id == "IAC4001").ToList();
        var finding = findings.ShouldHaveSingleItem();
        finding.Location.Path.ShouldBe("k8s/base/deployment.yaml");
        finding.Instances.ShouldNotBeNull().Select(i => i.Environment).ShouldBe(["production", "staging"], ignoreOrder: true);
        finding.Message.ShouldContain("instances of this place");
    }
}
