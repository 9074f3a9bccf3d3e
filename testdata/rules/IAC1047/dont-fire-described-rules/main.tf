variable "purpose" {
  type = string
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = "sg-123"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  description       = var.purpose
}
