using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over the <c>node_config</c> of GKE nodes: a cluster's default pool, its inline <c>node_pool</c> blocks,
/// and <c>google_container_node_pool</c> resources. Autopilot clusters manage their nodes and are skipped.
/// </summary>
public abstract class GkeNodeConfigRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_container_cluster", "google_container_node_pool"];

    /// <summary>Findings for one node_config block; <paramref name="where"/> names it ("node_config", "node_pool[0].node_config").</summary>
    protected abstract IEnumerable<Finding> CheckNodeConfig(ResourceInstance resource, BlockView nodeConfig, string where);

    /// <summary>Findings when a node pool has no node_config block at all (the provider's defaults apply).</summary>
    protected virtual IEnumerable<Finding> CheckMissingNodeConfig(ResourceInstance resource, string where) => [];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "google_container_cluster")
        {
            if (IsTrue(resource.Body.Attribute("enable_autopilot")?.Value)) yield break;
            var configs = resource.Body.Blocks("node_config").ToList();
            foreach (var config in configs)
            {
                foreach (var finding in CheckNodeConfig(resource, config, "node_config")) yield return finding;
            }
            var pools = resource.Body.Blocks("node_pool").ToList();
            if (configs.Count == 0 && pools.Count == 0 && !IsTrue(resource.Body.Attribute("remove_default_node_pool")?.Value))
            {
                foreach (var finding in CheckMissingNodeConfig(resource, "node_config")) yield return finding;
            }
            for (var i = 0; i < pools.Count; i++)
            {
                var poolConfigs = pools[i].Blocks("node_config").ToList();
                foreach (var config in poolConfigs)
                {
                    foreach (var finding in CheckNodeConfig(resource, config, $"node_pool[{i}].node_config")) yield return finding;
                }
                if (poolConfigs.Count == 0)
                {
                    foreach (var finding in CheckMissingNodeConfig(resource, $"node_pool[{i}].node_config")) yield return finding;
                }
            }
            yield break;
        }
        var nodeConfigs = resource.Body.Blocks("node_config").ToList();
        foreach (var config in nodeConfigs)
        {
            foreach (var finding in CheckNodeConfig(resource, config, "node_config")) yield return finding;
        }
        if (nodeConfigs.Count == 0)
        {
            foreach (var finding in CheckMissingNodeConfig(resource, "node_config")) yield return finding;
        }
    }
}
