resource "aws_sqs_queue" "orders" {
  name = "orders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sqs:*"
      Resource  = "*"
    }]
  })
}

data "aws_iam_policy_document" "refunds" {
  statement {
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
  }
}

resource "aws_sqs_queue_policy" "refunds" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/refunds"
  policy    = data.aws_iam_policy_document.refunds.json
}
