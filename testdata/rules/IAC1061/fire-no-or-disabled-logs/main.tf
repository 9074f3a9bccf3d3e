resource "aws_lb" "none" {
  name     = "none"
  internal = true
}

resource "aws_lb" "not_enabled" {
  name = "not-enabled"
  access_logs {
    bucket = "acme-lb-logs"
  }
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["eu-west-1a"]
  access_logs {
    bucket  = "acme-lb-logs"
    enabled = false
  }
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
