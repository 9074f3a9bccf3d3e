resource "aws_kms_key" "secrets" {
  enable_key_rotation = true
}

module "db_secret" {
  source = "./modules/secret"
  key_id = aws_kms_key.secrets.arn
}
