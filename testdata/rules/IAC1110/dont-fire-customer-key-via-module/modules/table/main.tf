variable "key_arn" {
  type = string
}

resource "aws_dynamodb_table" "this" {
  name = "orders"
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.key_arn
  }
}
