variable "key_id" {
  type = string
}

resource "aws_secretsmanager_secret" "this" {
  name       = "db"
  kms_key_id = var.key_id
}
