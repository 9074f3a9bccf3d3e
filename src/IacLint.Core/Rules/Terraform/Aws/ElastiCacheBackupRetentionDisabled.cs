using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1115: a Redis cache node keeps no snapshots.</summary>
public sealed class ElastiCacheBackupRetentionDisabled : ElastiCacheSnapshotRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1115",
        Name: "aws-elasticache-backup-retention-disabled",
        Title: "ElastiCache Redis cluster keeps no backups",
        Description: "An `aws_elasticache_cluster` running Redis has `snapshot_retention_limit` 0 or unset (the default is 0: no automatic snapshots). Memcached and `cache.t1.micro` nodes, which cannot take snapshots, are skipped.",
        Why: "Redis used as a store (sessions, queues, rate limits) loses everything on a node failure or a mistaken flush when there is no snapshot to restore.",
        HowToFix: "Set `snapshot_retention_limit` to the days of snapshots to keep (for example 7) and a `snapshot_window`.",
        Example: """
            ```hcl
            resource "aws_elasticache_cluster" "sessions" {
              engine                   = "redis"
              snapshot_retention_limit = 7
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "elasticache"],
        Area: AuditArea.Backup,
        EquivalentIds: ["trivy:AVD-AWS-0050", "tfsec:aws-elasticache-enable-backup-retention"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_cluster"];

    // engine is required on aws_elasticache_cluster (unless it joins a replication group): no engine, no snapshot setting here.
    protected override string DefaultEngine => "";
}
