resource "aws_security_group_rule" "rdp" {
  count             = 2
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = count.index == 0 ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
  security_group_id = "sg-123"
}

module "open" {
  source = "./modules/ingress"
  cidr   = "::/0"
}
