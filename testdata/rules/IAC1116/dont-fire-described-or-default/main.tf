resource "aws_elasticache_security_group" "cache" {
  name                 = "cache"
  security_group_names = ["app"]
  description          = "Redis for checkout"
}

resource "aws_elasticache_security_group" "pages" {
  name                 = "pages"
  security_group_names = ["app"]
}
