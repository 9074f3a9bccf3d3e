variable "subnets" {
  type = map(object({ cidr = string, public = bool }))
  default = {
    web = { cidr = "10.0.1.0/24", public = true }
    app = { cidr = "10.0.2.0/24", public = false }
  }
}

resource "aws_subnet" "this" {
  for_each                = var.subnets
  vpc_id                  = "vpc-123"
  cidr_block              = each.value.cidr
  map_public_ip_on_launch = each.value.public
}
