resource "aws_alb" "web" {
  name                       = "web"
  drop_invalid_header_fields = true
}

resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
}
