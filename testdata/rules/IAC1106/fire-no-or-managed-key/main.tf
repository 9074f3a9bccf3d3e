resource "aws_rds_cluster" "orders" {
  storage_encrypted = true
}

resource "aws_rds_cluster" "catalog" {
  storage_encrypted = true
  kms_key_id        = local.key
}

locals {
  key = "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds"
}
