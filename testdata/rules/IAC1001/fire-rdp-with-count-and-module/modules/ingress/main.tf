variable "cidr" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = "sg-123"
  cidr_ipv6         = var.cidr
  ip_protocol       = "-1"
}
