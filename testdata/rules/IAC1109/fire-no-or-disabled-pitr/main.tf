resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
}

resource "aws_dynamodb_table" "carts" {
  name     = "carts"
  hash_key = "id"

  dynamic "point_in_time_recovery" {
    for_each = [var.pitr]
    content {
      enabled = point_in_time_recovery.value
    }
  }
}

variable "pitr" {
  default = false
}
