resource "aws_cloudfront_distribution" "v1" {
  enabled = true
  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }
}

resource "aws_cloudfront_distribution" "v2" {
  enabled = true
}

resource "aws_cloudwatch_log_delivery_source" "v2" {
  name         = "v2-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2.arn
}

resource "aws_cloudwatch_log_delivery" "v2" {
  delivery_source_name     = "v2-access"
  delivery_destination_arn = "arn:aws:logs:us-east-1:111122223333:delivery-destination:cdn"
}
