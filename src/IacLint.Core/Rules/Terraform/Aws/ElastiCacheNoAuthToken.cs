using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1114: a Redis replication group accepts connections without a password.</summary>
public sealed class ElastiCacheNoAuthToken : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1114",
        Name: "aws-elasticache-no-auth-token",
        Title: "ElastiCache Redis accepts clients without authentication",
        Description: "An `aws_elasticache_replication_group` (Redis or Valkey) has neither an `auth_token` nor `user_group_ids` (RBAC), so any client that reaches it on the network can read and write every key.",
        Why: "Security groups are the only barrier left: a compromised pod, a misrouted peering or an SSRF in any application in the VPC gets full access to sessions and cached data, and can run `FLUSHALL` or `CONFIG`.",
        HowToFix: "Enable `transit_encryption_enabled` and set `auth_token` from a secret store (never a literal), or attach RBAC users with `user_group_ids`.",
        Example: """
            ```hcl
            resource "aws_elasticache_replication_group" "sessions" {
              transit_encryption_enabled = true
              auth_token                 = data.aws_secretsmanager_secret_version.redis.secret_string
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.5,
        Tags: ["security", "terraform", "aws", "elasticache"],
        Area: AuditArea.Access,
        Cwe: "CWE-306",
        RelatedIds: ["checkov:CKV_AWS_31"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_replication_group"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Body.Attribute("engine")?.Value is TfString { Value: "memcached" }) yield break;
        var token = resource.Body.Attribute("auth_token");
        var groups = resource.Body.Attribute("user_group_ids");
        if (groups is not null && groups.Value is not TfNull && !(groups.Value is TfList { Items.Count: 0 })) yield break;
        if (token is null || token.Value is TfNull)
        {
            yield return Report(resource, token, $"{resource.Address} accepts clients without authentication: neither auth_token nor user_group_ids is set.");
        }
        else if (token.Value is TfString { Value.Length: 0 })
        {
            yield return Report(resource, token, $"{resource.Address} accepts clients without authentication: auth_token is empty.");
        }
    }
}
