variable "stripe_key" {
  type    = string
  default = "sk_live_51Habc"
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::111122223333:role/payments"
  environment {
    variables = {
      LOG_LEVEL      = "info"
      STRIPE_API_KEY = var.stripe_key
      DB_PASSWORD    = "correct-horse-battery"
    }
  }
}
