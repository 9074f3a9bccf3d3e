resource "aws_elasticache_security_group" "cache" {
  name                 = "cache"
  security_group_names = ["app"]
  description          = ""
}
