variable "encrypt_by_default" {
  type    = bool
  default = false
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = var.encrypt_by_default
}
