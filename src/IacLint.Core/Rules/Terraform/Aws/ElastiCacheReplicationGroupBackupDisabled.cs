using IacLint.Findings;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1171: a Redis replication group keeps no snapshots.</summary>
public sealed class ElastiCacheReplicationGroupBackupDisabled : ElastiCacheSnapshotRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1171",
        Name: "aws-elasticache-replication-group-backup-disabled",
        Title: "ElastiCache replication group keeps no backups",
        Description: "An `aws_elasticache_replication_group` running Redis or Valkey (Redis when `engine` is unset) has `snapshot_retention_limit` 0 or unset (the default is 0: no automatic snapshots). `cache.t1.micro` nodes are skipped.",
        Why: "Replicas protect against a node failure, not against a `FLUSHALL`, a bad deploy writing garbage or a region-wide incident: without snapshots the data (sessions, queues, leaderboards) cannot be restored.",
        HowToFix: "Set `snapshot_retention_limit` (for example 7) and a `snapshot_window`.",
        Example: """
            ```hcl
            resource "aws_elasticache_replication_group" "sessions" {
              snapshot_retention_limit = 7
              snapshot_window          = "03:00-04:00"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: null,
        Tags: ["reliability", "terraform", "aws", "elasticache"],
        Area: AuditArea.Backup,
        RelatedIds: ["trivy:AVD-AWS-0050"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_elasticache_replication_group"];

    protected override string DefaultEngine => "redis";
}
