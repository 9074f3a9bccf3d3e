variable "sns_key" {
  default = "alias/aws/sns"
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = var.sns_key
}
