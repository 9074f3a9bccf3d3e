resource "aws_lb" "orders" {
  name     = "orders"
  internal = true
}

resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
}
