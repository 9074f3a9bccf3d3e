variable "guardduty" {
  type    = bool
  default = true
}

resource "aws_guardduty_detector" "main" {
  enable = var.guardduty
}
