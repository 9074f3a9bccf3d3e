variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::111122223333:role/payments"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      DB_PASSWORD            = var.db_password
      API_TOKEN              = ""
    }
  }
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}
