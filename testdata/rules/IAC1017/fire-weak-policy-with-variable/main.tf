variable "min_length" {
  type    = number
  default = 8
}

resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length      = var.min_length
  password_reuse_prevention    = 2
  max_password_age             = 365
  require_lowercase_characters = false
}
