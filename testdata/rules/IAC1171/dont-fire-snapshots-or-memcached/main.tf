resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "sessions"
  snapshot_retention_limit = 7
}

resource "aws_elasticache_replication_group" "pages" {
  replication_group_id = "pages"
  description          = "pages"
  engine               = "memcached"
}
