variable "redis_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  transit_encryption_enabled = true
  auth_token                 = var.redis_token
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.id]
}

resource "aws_elasticache_user_group" "app" {
  engine        = "REDIS"
  user_group_id = "app"
  user_ids      = ["default"]
}
