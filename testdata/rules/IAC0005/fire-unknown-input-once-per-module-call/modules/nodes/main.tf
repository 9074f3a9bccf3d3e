variable "name" {
  type = string
}

variable "zones" {
  type = list(string)
}

resource "aws_subnet" "this" {
  count      = length(var.zones)
  vpc_id     = "vpc-123"
  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
}

resource "aws_route_table" "this" {
  count  = length(var.zones)
  vpc_id = "vpc-123"
}

resource "aws_eip" "nat" {
  count  = length(var.zones)
  domain = "vpc"
}
