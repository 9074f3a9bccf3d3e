resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "api"
  kms_key_id = "alias/aws/secretsmanager"
}
