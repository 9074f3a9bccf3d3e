variable "zones" {
  type = list(string)
}

resource "aws_subnet" "private" {
  for_each   = toset(var.zones)
  vpc_id     = "vpc-123"
  cidr_block = cidrsubnet("10.0.0.0/16", 8, index(var.zones, each.key))
}
