variable "internal" {
  type = bool
}

resource "aws_lb" "this" {
  name     = "edge"
  internal = var.internal
}
