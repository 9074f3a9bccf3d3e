resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
}

resource "aws_elasticache_replication_group" "queue" {
  replication_group_id     = "queue"
  description              = "queue"
  engine                   = "valkey"
  snapshot_retention_limit = var.snapshot_days
}

variable "snapshot_days" {
  default = 0
}
