resource "aws_kms_key" "rds" {
  enable_key_rotation = true
}

resource "aws_rds_cluster" "orders" {
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}
