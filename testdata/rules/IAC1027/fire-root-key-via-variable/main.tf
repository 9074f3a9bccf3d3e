variable "key_user" {
  type = string
}

resource "aws_iam_access_key" "break_glass" {
  user = var.key_user
}
