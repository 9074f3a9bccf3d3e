resource "aws_kms_key" "tables" {
  enable_key_rotation = true
}

module "orders" {
  source  = "./modules/table"
  key_arn = aws_kms_key.tables.arn
}
