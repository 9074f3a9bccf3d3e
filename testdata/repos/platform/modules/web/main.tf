variable "environment" {
  type = string
}

variable "ssh_sources" {
  type = list(string)
}

locals {
  web_ports = { http = 80, https = 443 }
}

resource "aws_security_group" "web" {
  name = "web-${var.environment}"

  dynamic "ingress" {
    for_each = local.web_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ssh_sources
  }
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::*-uploads/*"]
  }
}

resource "aws_iam_policy" "app" {
  name   = "app-${var.environment}"
  policy = data.aws_iam_policy_document.app.json
}
