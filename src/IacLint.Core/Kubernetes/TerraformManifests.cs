using System.Globalization;
using System.Text;
using IacLint.Environments;
using IacLint.Syntax;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Kubernetes;

/// <summary>
/// Terraform's <c>kubernetes_*</c> resources (<c>kubernetes_deployment_v1</c>, <c>kubernetes_pod</c>,
/// <c>kubernetes_cluster_role_binding</c>, …) as Kubernetes objects, so every Kubernetes rule applies to them. The
/// provider's schema is the manifest's with snake_case names and one block per list item (<c>container { }</c> for
/// each item of <c>containers</c>); values are the evaluated ones and every node keeps its HCL span, so a finding
/// points at the attribute in the <c>.tf</c> file.
/// </summary>
public static class TerraformManifests
{
    private static readonly Dictionary<string, (string ApiVersion, string Kind)> Kinds = BuildKinds();

    /// <summary>Block names whose Kubernetes field is a list, with that field's name.</summary>
    private static readonly Dictionary<string, string> ListBlocks = new(StringComparer.Ordinal)
    {
        ["container"] = "containers", ["init_container"] = "initContainers", ["ephemeral_container"] = "ephemeralContainers",
        ["volume"] = "volumes", ["volume_mount"] = "volumeMounts", ["port"] = "ports", ["env"] = "env", ["env_from"] = "envFrom",
        ["rule"] = "rules", ["subject"] = "subjects", ["toleration"] = "tolerations", ["host_aliases"] = "hostAliases",
        ["image_pull_secrets"] = "imagePullSecrets", ["tls"] = "tls", ["path"] = "paths", ["ingress"] = "ingress",
        ["egress"] = "egress", ["from"] = "from", ["to"] = "to", ["match_expressions"] = "matchExpressions",
        ["volume_device"] = "volumeDevices", ["secret"] = "secrets",
    };

    /// <summary>Names whose camelCase is not the plain conversion.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["host_pid"] = "hostPID", ["host_ipc"] = "hostIPC", ["load_balancer_ip"] = "loadBalancerIP", ["cluster_ip"] = "clusterIP",
        ["external_ips"] = "externalIPs", ["pod_ip"] = "podIP", ["host_ip"] = "hostIP",
    };

    public static bool IsKubernetesResource(string type) => Kinds.ContainsKey(type);

    /// <summary>The Kubernetes objects that the project's <c>kubernetes_*</c> resources declare.</summary>
    public static IReadOnlyList<KubernetesObject> Objects(TerraformProject project, EnvironmentNames names)
    {
        var objects = new List<KubernetesObject>();
        foreach (var resource in project.Resources)
        {
            if (resource.Definition.Mode != "managed" || !Kinds.TryGetValue(resource.Type, out var kind)) continue;
            var file = resource.Definition.File;
            var header = resource.Location.Span;
            var properties = new List<DataProperty>
            {
                new("apiVersion", header, new DataScalar(header, ScalarKind.String, kind.ApiVersion) { Source = file }),
                new("kind", header, new DataScalar(header, ScalarKind.String, kind.Kind) { Source = file }),
            };
            properties.AddRange(Properties(resource.Body, file));
            var root = new DataObject(resource.Body.Span, properties) { Source = file };
            var rootDirectory = resource.Module.RootDirectory;
            var environment = KubernetesFamily.EnvironmentOf((rootDirectory.Length == 0 ? "" : rootDirectory + "/") + "main.tf", names);
            objects.Add(new KubernetesObject(file, root, environment) { TerraformAddress = resource.Address });
        }
        return objects;
    }

    private static List<DataProperty> Properties(BodyView body, SourceText file)
    {
        var properties = new List<DataProperty>();
        foreach (var attribute in body.Attributes())
        {
            properties.Add(new DataProperty(Field(attribute.Name), attribute.Syntax.NameSpan, Node(attribute.Value, attribute.Location.Span, file)));
        }
        foreach (var type in body.BlockTypes())
        {
            var blocks = body.Blocks(type).ToList();
            if (blocks.Count == 0) continue;
            var nodes = blocks.Select(b => Block(b, file)).ToList();
            var span = SourceSpan.Cover(blocks[0].Span, blocks[^1].Span);
            if (ListBlocks.TryGetValue(type, out var listField))
            {
                properties.Add(new DataProperty(listField, blocks[0].Span, new DataArray(span, nodes) { Source = file }));
            }
            else
            {
                properties.Add(new DataProperty(Field(type), blocks[0].Span, nodes[0]));
            }
        }
        return properties;
    }

    private static DataNode Block(BlockView block, SourceText file)
    {
        if (block.Body is { } body) return new DataObject(block.Span, Properties(body, file)) { Source = file };
        var span = block.ValueLocation?.Span ?? block.Span;
        return block.Value is { } value ? Node(value, span, file) : new DataObject(block.Span, []) { Source = file };
    }

    /// <summary>A value: maps keep their keys as written (labels, resource limits), scalars their text.</summary>
    private static DataNode Node(TfValue value, SourceSpan span, SourceText file) => value switch
    {
        TfString s => new DataScalar(span, ScalarKind.String, s.Value) { Source = file },
        TfNumber n => new DataScalar(span, ScalarKind.Number, n.Value.ToString(CultureInfo.InvariantCulture)) { Source = file },
        TfBool b => new DataScalar(span, ScalarKind.Boolean, b.Value ? "true" : "false") { Source = file },
        TfNull => new DataScalar(span, ScalarKind.Null, null) { Source = file },
        TfList list => new DataArray(span, list.Items.Select(i => Node(i, span, file)).ToList()) { Source = file },
        TfObject obj => new DataObject(span, obj.Attributes.Select(p => new DataProperty(p.Key, span, Node(p.Value, span, file))).ToList()) { Source = file },
        // Known only after apply: present, but neither true nor false nor any text, so rules neither pass nor fail on it.
        _ => new DataScalar(span, ScalarKind.String, null) { Source = file },
    };

    private static string Field(string snake)
    {
        if (Renamed.TryGetValue(snake, out var renamed)) return renamed;
        if (!snake.Contains('_')) return snake;
        var builder = new StringBuilder(snake.Length);
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_') upper = true;
            else
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
        }
        return builder.ToString();
    }

    private static Dictionary<string, (string, string)> BuildKinds()
    {
        var kinds = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        void Add(string type, string apiVersion, string kind)
        {
            kinds[type] = (apiVersion, kind);
            kinds[type + "_v1"] = (apiVersion, kind);
        }
        Add("kubernetes_pod", "v1", "Pod");
        Add("kubernetes_deployment", "apps/v1", "Deployment");
        Add("kubernetes_daemonset", "apps/v1", "DaemonSet");
        Add("kubernetes_daemon_set", "apps/v1", "DaemonSet");
        Add("kubernetes_stateful_set", "apps/v1", "StatefulSet");
        Add("kubernetes_replication_controller", "v1", "ReplicationController");
        Add("kubernetes_job", "batch/v1", "Job");
        Add("kubernetes_cron_job", "batch/v1", "CronJob");
        Add("kubernetes_service", "v1", "Service");
        Add("kubernetes_service_account", "v1", "ServiceAccount");
        Add("kubernetes_ingress", "networking.k8s.io/v1", "Ingress");
        Add("kubernetes_network_policy", "networking.k8s.io/v1", "NetworkPolicy");
        Add("kubernetes_pod_disruption_budget", "policy/v1", "PodDisruptionBudget");
        Add("kubernetes_role", "rbac.authorization.k8s.io/v1", "Role");
        Add("kubernetes_cluster_role", "rbac.authorization.k8s.io/v1", "ClusterRole");
        Add("kubernetes_role_binding", "rbac.authorization.k8s.io/v1", "RoleBinding");
        Add("kubernetes_cluster_role_binding", "rbac.authorization.k8s.io/v1", "ClusterRoleBinding");
        return kinds;
    }
}
