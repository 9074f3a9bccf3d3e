using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Yaml;

namespace IacLint.Kubernetes;

/// <summary>One Kubernetes object from a manifest (one YAML document, or one item of a <c>kind: List</c>).</summary>
public sealed class KubernetesObject
{
    public KubernetesObject(SourceText source, DataObject root, string? environment)
    {
        Source = source;
        Root = root;
        Environment = environment;
        ApiVersion = Text(root.Find("apiVersion")?.Value) ?? "";
        Kind = Text(root.Find("kind")?.Value) ?? "";
        Metadata = root.Find("metadata")?.Value as DataObject;
        Name = Text(Metadata?.Find("name")?.Value) ?? Text(Metadata?.Find("generateName")?.Value) ?? "(unnamed)";
        Namespace = Text(Metadata?.Find("namespace")?.Value) ?? "default";
        Identity = $"{Kind}/{Namespace}/{Name}";
        PodSpec = FindPodSpec();
    }

    public SourceText Source { get; }

    public DataObject Root { get; }

    public string ApiVersion { get; }

    public string Kind { get; }

    public string Name { get; }

    public string Namespace { get; }

    public DataObject? Metadata { get; }

    /// <summary>The environment the manifest belongs to, from its path (overlays/production, k8s/staging …).</summary>
    public string? Environment { get; }

    /// <summary><c>Kind/namespace/name</c>: the identity used in logical locations, fingerprints and drift.</summary>
    public string Identity { get; }

    public LogicalLocation LogicalLocation => TerraformAddress is { } address ? new(address, "resource") : new(Identity, "object");

    /// <summary>The node findings about the whole object point at: its name (else its kind).</summary>
    public DataNode LocationNode => Metadata?.Find("name")?.Value ?? Root.Find("kind")?.Value ?? Root;

    public Location Location => new((LocationNode.Source ?? Source).Path, LocationNode.Span);

    /// <summary>The Terraform resource that declares this object (<c>kubernetes_deployment_v1.web</c>), or null
    /// for a manifest.</summary>
    public string? TerraformAddress { get; init; }

    /// <summary>The Kustomize overlay that built this object, or null for a manifest read as written.</summary>
    public Kustomize.Overlay? Overlay { get; init; }

    /// <summary>Read once, when first asked (every finding on the object asks, for suppression annotations).</summary>
    public IReadOnlyDictionary<string, string> Annotations => _annotations ??= Map(Metadata?.Find("annotations")?.Value);

    private IReadOnlyDictionary<string, string>? _annotations;

    public IReadOnlyDictionary<string, string> Labels => Map(Metadata?.Find("labels")?.Value);

    /// <summary>The pod template's spec for workload kinds, the spec for a Pod; null for other kinds. Found once: every
    /// container rule asks for it.</summary>
    public PodSpec? PodSpec { get; }

    private PodSpec? FindPodSpec()
    {
        var spec = Root.Find("spec")?.Value as DataObject;
        var pod = Kind switch
        {
            "Pod" => spec,
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "DeploymentConfig" =>
                Path(spec, "template", "spec") as DataObject,
            "CronJob" => Path(spec, "jobTemplate", "spec", "template", "spec") as DataObject,
            _ => null,
        };
        return pod is null ? null : new PodSpec(this, pod);
    }

    public bool IsWorkload => Kind is "Pod" or "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "CronJob" or "DeploymentConfig";

    public static DataNode? Path(DataNode? node, params string[] path)
    {
        foreach (var segment in path)
        {
            node = (node as DataObject)?.Find(segment)?.Value;
            if (node is null) return null;
        }
        return node;
    }

    public static string? Text(DataNode? node) => node is DataScalar { Kind: not ScalarKind.Null } s ? s.Text : null;

    private static IReadOnlyDictionary<string, string> Map(DataNode? node) =>
        node is DataObject obj
            ? obj.Properties.Where(p => p.Value is DataScalar).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => Text(g.First().Value) ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>();
}

/// <summary>A pod spec and its containers (regular, init and ephemeral).</summary>
public sealed class PodSpec(KubernetesObject owner, DataObject node)
{
    public KubernetesObject Owner { get; } = owner;

    public DataObject Node { get; } = node;

    public DataObject? SecurityContext => Node.Find("securityContext")?.Value as DataObject;

    public IEnumerable<Container> Containers(bool includeInit = true)
    {
        foreach (var (field, kind) in new[] { ("containers", "container"), ("initContainers", "init container"), ("ephemeralContainers", "ephemeral container") })
        {
            if (!includeInit && field != "containers") continue;
            if (Node.Find(field)?.Value is not DataArray list) continue;
            foreach (var item in list.Items.OfType<DataObject>()) yield return new Container(this, item, kind);
        }
    }

    public DataNode? Get(string name) => Node.Find(name)?.Value;
}

/// <summary>A container of a pod spec.</summary>
public sealed class Container(PodSpec pod, DataObject node, string kind)
{
    public PodSpec Pod { get; } = pod;

    public DataObject Node { get; } = node;

    /// <summary><c>container</c>, <c>init container</c> or <c>ephemeral container</c>.</summary>
    public string Kind { get; } = kind;

    public string Name => KubernetesObject.Text(Node.Find("name")?.Value) ?? "(unnamed)";

    public DataObject? SecurityContext => Node.Find("securityContext")?.Value as DataObject;

    /// <summary>A security context setting: the container's, else the pod's (where the pod level has it).</summary>
    public DataProperty? Setting(string name, bool podLevelApplies = true) =>
        SecurityContext?.Find(name) ?? (podLevelApplies ? Pod.SecurityContext?.Find(name) : null);

    /// <summary>Where a finding about this container with nothing more specific to point at goes: its name.</summary>
    public DataNode NameNode => Node.Find("name")?.Value ?? Node;

    public static bool IsTrue(DataProperty? property) => YamlReader.IsTrue(property?.Value);

    public static bool IsFalse(DataProperty? property) => YamlReader.IsFalse(property?.Value);
}
