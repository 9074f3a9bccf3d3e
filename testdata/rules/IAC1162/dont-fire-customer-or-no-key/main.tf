resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/orders"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
