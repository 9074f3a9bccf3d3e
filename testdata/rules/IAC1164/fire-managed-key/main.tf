resource "aws_sqs_queue" "orders" {
  count             = 2
  name              = "orders-${count.index}"
  kms_master_key_id = count.index == 0 ? "alias/aws/sqs" : "alias/orders"
}
