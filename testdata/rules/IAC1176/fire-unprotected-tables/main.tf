resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
}

resource "aws_dynamodb_table" "carts" {
  name                        = "carts"
  hash_key                    = "id"
  deletion_protection_enabled = var.protect
}

variable "protect" {
  default = false
}
