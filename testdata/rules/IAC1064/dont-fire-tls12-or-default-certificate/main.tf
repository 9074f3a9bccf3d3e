resource "aws_cloudfront_distribution" "modern" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
