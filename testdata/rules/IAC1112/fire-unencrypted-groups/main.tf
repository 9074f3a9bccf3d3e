locals {
  encrypt = {
    sessions = false
    cache    = true
  }
}

resource "aws_elasticache_replication_group" "group" {
  for_each                   = local.encrypt
  replication_group_id       = each.key
  description                = "cache"
  at_rest_encryption_enabled = each.value
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id = "legacy"
  description          = "legacy"
}
