resource "aws_lb" "web" {
  name = "web"
  access_logs {
    bucket  = "acme-lb-logs"
    enabled = true
  }
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["eu-west-1a"]
  access_logs {
    bucket = "acme-lb-logs"
  }
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
