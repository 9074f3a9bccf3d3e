resource "aws_cloudfront_distribution" "site" {
  enabled = true
}
