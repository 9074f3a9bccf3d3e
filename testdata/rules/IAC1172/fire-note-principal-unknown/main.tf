variable "principal" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = var.principal
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
