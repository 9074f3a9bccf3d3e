resource "aws_network_acl_rule" "ssh" {
  network_acl_id = "acl-123"
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl" "public" {
  vpc_id = "vpc-123"
  dynamic "ingress" {
    for_each = [3389, 443]
    content {
      rule_no         = 200 + ingress.key
      protocol        = "tcp"
      action          = "allow"
      ipv6_cidr_block = "::/0"
      from_port       = ingress.value
      to_port         = ingress.value
    }
  }
}
