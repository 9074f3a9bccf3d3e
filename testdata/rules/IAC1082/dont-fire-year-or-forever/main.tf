resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/year"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "forever" {
  name = "/app/forever"
}
