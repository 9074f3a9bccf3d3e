resource "aws_elasticache_cluster" "sessions" {
  cluster_id = "sessions"
  engine     = "redis"
  node_type  = "cache.m6g.large"
}

resource "aws_elasticache_cluster" "queue" {
  count                    = 1
  cluster_id               = "queue"
  engine                   = "redis"
  node_type                = "cache.m6g.large"
  snapshot_retention_limit = 0
}
