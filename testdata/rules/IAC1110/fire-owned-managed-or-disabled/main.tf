resource "aws_dynamodb_table" "orders" {
  name = "orders"
}

resource "aws_dynamodb_table" "carts" {
  name = "carts"
  server_side_encryption {
    enabled     = true
    kms_key_arn = "alias/aws/dynamodb"
  }
}

resource "aws_dynamodb_table" "audit" {
  name = "audit"
  server_side_encryption {
    enabled     = false
    kms_key_arn = aws_kms_key.tables.arn
  }
}

resource "aws_kms_key" "tables" {
  enable_key_rotation = true
}
