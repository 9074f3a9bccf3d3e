resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "refunds" {
  name                    = "refunds"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "audit" {
  name                    = "audit"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/audit"
}
