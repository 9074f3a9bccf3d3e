using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A rule over network ACL entries, written either as <c>aws_network_acl_rule</c> resources (<c>egress</c>,
/// <c>rule_action</c>) or as <c>ingress</c>/<c>egress</c> blocks of an <c>aws_network_acl</c> (<c>action</c>).
/// </summary>
public abstract class NetworkAclRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_network_acl_rule", "aws_network_acl"];

    /// <summary>A finding for one entry, or null. <paramref name="actionName"/> is the attribute holding allow/deny.</summary>
    protected abstract Finding? Evaluate(ResourceInstance resource, BlockView entry, bool egress, string actionName);

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "aws_network_acl_rule")
        {
            var egress = IsTrue(resource.Body.Attribute("egress")?.Value);
            if (Evaluate(resource, new BlockView(resource.Body, resource.Body.Span, null), egress, "rule_action") is { } finding) yield return finding;
            yield break;
        }
        foreach (var direction in new[] { "ingress", "egress" })
        {
            foreach (var entry in resource.Body.Blocks(direction))
            {
                if (Evaluate(resource, entry, direction == "egress", "action") is { } finding) yield return finding;
            }
        }
    }
}
