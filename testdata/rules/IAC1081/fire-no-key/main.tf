resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/orders"
  retention_in_days = 365
}
