resource "aws_elasticache_cluster" "sessions" {
  cluster_id               = "sessions"
  engine                   = "redis"
  node_type                = "cache.m6g.large"
  snapshot_retention_limit = 7
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id = "pages"
  engine     = "memcached"
  node_type  = "cache.m6g.large"
}
