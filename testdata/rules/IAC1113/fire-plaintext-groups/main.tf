resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  transit_encryption_enabled = var.tls
}

variable "tls" {
  type = bool
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id = "legacy"
  description          = "legacy"
}
